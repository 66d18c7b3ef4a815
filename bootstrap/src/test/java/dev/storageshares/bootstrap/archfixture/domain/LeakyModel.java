package dev.storageshares.bootstrap.archfixture.domain;

import dev.storageshares.bootstrap.archfixture.application.HelpfulService;

/** Breaks "domain depends on the JDK only" by reaching into the application layer. */
public class LeakyModel {
    HelpfulService service;
}
