package org.itaku.audit;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class AuditH2Test extends AuditContract {
}
