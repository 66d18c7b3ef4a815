package dev.storageshares.bootstrap.archfixture.application;

import dev.storageshares.bootstrap.archfixture.adapter.rest.Controller;

/** Breaks "application depends on the domain only" and, with Controller, "no cycles". */
public class HelpfulService {
    Controller controller;
}
