package dev.storageshares.bootstrap.archfixture.adapter.rest;

import dev.storageshares.bootstrap.archfixture.adapter.mount.Driver;
import dev.storageshares.bootstrap.archfixture.application.HelpfulService;
import dev.storageshares.bootstrap.archfixture.bootstrap.Wiring;

/** Breaks "adapters never depend on each other" and "nothing depends on bootstrap". */
public class Controller {
    Driver driver;
    HelpfulService service;
    Wiring wiring;
}
