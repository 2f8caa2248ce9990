package org.itaku.entrustment;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class RegisterH2Test extends RegisterContract {
}
