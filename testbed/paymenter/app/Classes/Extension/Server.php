<?php

namespace App\Classes\Extension;

/** Double of Paymenter's Server base class, which is empty: every server hook is optional and duck-typed. */
class Server extends Extension
{
}
