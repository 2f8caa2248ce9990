package org.itaku.assessment;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class AssessmentH2Test extends AssessmentContract {
}
