package dev.storageshares.bootstrap.archfixture.adapter.mount;

public class Driver {
}
