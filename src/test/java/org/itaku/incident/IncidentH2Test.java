package org.itaku.incident;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class IncidentH2Test extends IncidentContract {
}
