package org.itaku.database;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class BulkInsertsH2Test extends BulkInsertsContract {
}
