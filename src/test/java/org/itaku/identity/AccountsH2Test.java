package org.itaku.identity;

import org.itaku.testsupport.ItakuTest;

@ItakuTest
class AccountsH2Test extends AccountsContract {
}
