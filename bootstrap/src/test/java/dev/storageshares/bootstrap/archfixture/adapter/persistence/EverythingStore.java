package dev.storageshares.bootstrap.archfixture.adapter.persistence;

import dev.storageshares.bootstrap.archfixture.domain.Reads;
import dev.storageshares.bootstrap.archfixture.domain.Writes;

/** Breaks "each port implementation serves one port" by growing two narrow ports back into one. */
public class EverythingStore implements Reads, Writes {
}
