package dev.mpsh.fix;

import dev.mpsh.api.Fix;
import dev.mpsh.command.CommandException;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.KeptNamespaces;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The live state of every fix of a lab that is up, read afresh on each call. */
public final class LabFixes {
    private LabFixes() {
    }

    /** Every fix's status, in catalog order. */
    public static List<FixStatus> statuses(FixCatalog catalog, LabLayout layout) throws CommandException {
        return statuses(catalog, layout, null);
    }

    /** The same, entering the lab's namespaces through kept (null: afresh). */
    public static List<FixStatus> statuses(FixCatalog catalog, LabLayout layout, KeptNamespaces kept) throws CommandException {
        try (ProbeEvaluator probes = new ProbeEvaluator(layout::netnsName, kept)) {
            List<FixStatus> out = new ArrayList<>();
            for (Fix f : catalog.all()) {
                out.add(FixStatus.of(f, probes));
            }
            return out;
        } catch (IOException e) {
            throw new CommandException("cannot read the lab's state: " + e.getMessage() + "; is lab '" + layout.lab() + "' up?");
        }
    }

    public static Map<String, FixState> states(List<FixStatus> statuses) {
        Map<String, FixState> m = new LinkedHashMap<>();
        statuses.forEach(s -> m.put(s.fix().id(), s.state()));
        return m;
    }
}
