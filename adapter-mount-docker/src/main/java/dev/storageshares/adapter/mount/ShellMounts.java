package dev.storageshares.adapter.mount;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link HostMounts} as sh scripts ({@link HostMountScript}) run by a {@link HostShell}. */
final class ShellMounts implements HostMounts {
    private final String root;
    private final HostShell shell;

    ShellMounts(String root, HostShell shell) {
        this.root = root;
        this.shell = shell;
    }

    @Override
    public void prepareRoot(String targetId) {
        run(HostMountScript.ensureRoot(root, targetId));
    }

    @Override
    public Map<String, String> change(String targetId, Set<String> unwanted, List<Wanted> mount, Set<String> mounted) {
        return run(HostMountScript.change(root, targetId, unwanted, mount, mounted)).failures();
    }

    @Override
    public void release(String targetId, Set<String> mounted) {
        run(HostMountScript.release(root, targetId, mounted));
    }

    private HostMountScript.Report run(String script) {
        HostMountScript.Report report = HostMountScript.parse(shell.run(script));
        if (!report.ok()) {
            throw new HostMountException(report.error());
        }
        return report;
    }

    @Override
    public void close() {
        shell.close();
    }
}
