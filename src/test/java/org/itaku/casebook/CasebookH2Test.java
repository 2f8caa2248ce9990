package org.itaku.casebook;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class CasebookH2Test extends CasebookContract {
}
