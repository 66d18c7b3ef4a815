package dev.storageshares.bootstrap.archfixture.bootstrap;

public class Wiring {
}
