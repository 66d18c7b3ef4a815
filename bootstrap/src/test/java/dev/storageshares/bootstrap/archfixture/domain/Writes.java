package dev.storageshares.bootstrap.archfixture.domain;

public interface Writes {
}
