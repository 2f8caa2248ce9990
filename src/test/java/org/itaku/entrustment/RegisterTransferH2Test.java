package org.itaku.entrustment;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class RegisterTransferH2Test extends RegisterTransferContract {
}
