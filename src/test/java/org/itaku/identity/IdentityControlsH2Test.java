package org.itaku.identity;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class IdentityControlsH2Test extends IdentityControlsContract {
}
