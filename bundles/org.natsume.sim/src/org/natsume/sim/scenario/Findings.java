package org.natsume.sim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.natsume.sim.metrics.RunSummary;
import org.natsume.sim.metrics.ScenarioResult;

/**
 * Checks the qualitative outcomes of domain.md §6.4 (as corrected in §0) against simulated results. Each check
 * compares scenarios that are present and says which numbers it used; a check whose scenarios are missing is "not
 * evaluated". The paper reports 50-run means, so every comparison is between means (§0.8).
 */
public final class Findings {
    public enum Verdict { SHOWN, NOT_SHOWN, NOT_EVALUATED }

    public record Check(int number, String claim, Verdict verdict, String numbers) {
    }

    /**
     * Two means closer than this fraction of the larger are "about the same" (finding 1: all cases near the
     * ceiling; finding 9: RECEIVE barely moves under load). 3 % of 941 Mb/s is 28 Mb/s.
     */
    static final double SAME = 0.03;
    /**
     * One throughput mean is "higher" than another when the difference exceeds twice its standard error over the
     * runs and at least this many Mb/s (the paper's smallest reported difference is 0.6 Mb/s, §6.4 finding 5).
     */
    static final double MIN_DIFF_MBPS = 0.1;
    /** Interrupt counts within this fraction of each other are "about equal" (findings 1 and 5). */
    static final double COUNT_SAME = 0.25;

    private static final String[] DIRECTIONS = {"S", "R"};
    private static final String[] LAYOUTS = {"SH", "UN"};

    private final Map<String, ScenarioResult> r;
    private final List<Check> checks = new ArrayList<>();

    private Findings(Map<String, ScenarioResult> results) {
        this.r = results;
    }

    public static List<Check> evaluate(Map<String, ScenarioResult> results) {
        Findings f = new Findings(results);
        f.f1();
        f.f2();
        f.f3();
        f.f4();
        f.f5();
        f.f6();
        f.f7();
        f.f8();
        f.f9();
        return f.checks;
    }

    /** Guest B's interrupts: own-device and spurious deliveries. */
    static double total(RunSummary s) {
        return s.measuredOwn() + s.measuredSpurious();
    }

    /** Spurious PIRQs of every domain but the measured one: Dom0, as the other binder of guest B's line. */
    private static double othersSpurious(RunSummary s) {
        long all = 0;
        for (RunSummary.DomainFigures d : s.domains().values()) {
            all += d.interruptsSpurious();
        }
        return all - s.measuredSpurious();
    }

    private boolean has(String... ids) {
        for (String id : ids) {
            if (!r.containsKey(id)) {
                return false;
            }
        }
        return true;
    }

    private double m(String id, ToDoubleFunction<RunSummary> f) {
        return r.get(id).mean(f);
    }

    private double mbps(String id) {
        return m(id, RunSummary::throughputMbps);
    }

    /** Scenario {@code a}'s mean throughput is above {@code b}'s by more than run-to-run noise. */
    private boolean higher(String a, String b) {
        return higher(r, a, b);
    }

    static boolean higher(Map<String, ScenarioResult> r, String a, String b) {
        ScenarioResult ra = r.get(a);
        ScenarioResult rb = r.get(b);
        double se = Math.sqrt(sq(ra.throughput().std()) / ra.runs().size() + sq(rb.throughput().std()) / rb.runs().size());
        return ra.mean(RunSummary::throughputMbps) - rb.mean(RunSummary::throughputMbps) > Math.max(MIN_DIFF_MBPS, 2 * se);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static boolean same(double a, double b, double fraction) {
        return Math.abs(a - b) <= fraction * Math.max(Math.abs(a), Math.abs(b));
    }

    private void verdict(int n, String claim, boolean any, boolean ok, List<String> numbers) {
        if (!any) {
            checks.add(new Check(n, claim, Verdict.NOT_EVALUATED, "scenarios missing"));
        } else {
            checks.add(new Check(n, claim, ok ? Verdict.SHOWN : Verdict.NOT_SHOWN, String.join("; ", numbers)));
        }
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private void f1() {
        // the paper's section 4 layout; with the NICs' roles swapped (UN) pass-through matches native, finding 5
        String claim = "No load (SH layout): all cases reach about the same throughput near 941 Mb/s, in RECEIVE "
                + "native > pass-through > vif; guest-B interrupts: native lowest, vif and pass-through higher, in "
                + "RECEIVE vif ~ pass-through";
        boolean any = false;
        boolean ok = true;
        List<String> nums = new ArrayList<>();
        for (String d : DIRECTIONS) {
            for (String sh : new String[] {"SH"}) {
                String c1 = "C1-" + d + "-N-" + sh;
                String c2 = "C2-" + d + "-N-" + sh;
                String c3 = "C3-" + d + "-N-" + sh;
                if (!has(c1, c2, c3)) {
                    continue;
                }
                any = true;
                double t1 = mbps(c1);
                double t2 = mbps(c2);
                double t3 = mbps(c3);
                double i1 = m(c1, Findings::total);
                double i2 = m(c2, Findings::total);
                double i3 = m(c3, Findings::total);
                double lo = Math.min(t1, Math.min(t2, t3));
                double hi = Math.max(t1, Math.max(t2, t3));
                ok &= lo >= (1 - SAME) * 941 && same(lo, hi, SAME) && i1 < i2 && i1 < i3;
                if (d.equals("R")) {
                    ok &= higher(c1, c3) && higher(c3, c2) && same(i2, i3, COUNT_SAME);
                }
                nums.add(fmt("%s-N-%s: Mb/s C1 %.2f C2 %.2f C3 %.2f, ints C1 %.0f C2 %.0f C3 %.0f", d, sh, t1, t2, t3,
                        i1, i2, i3));
            }
        }
        verdict(1, claim, any, ok, nums);
    }

    private void f2() {
        String claim = "UDP load, SEND: vif and pass-through fall below native, and vif (C2) gives higher throughput "
                + "than pass-through on a shared IRQ (C3-SH)";
        boolean any = has("C2-S-L-SH", "C3-S-L-SH", "C1-S-L-SH");
        boolean ok = false;
        List<String> nums = new ArrayList<>();
        if (any) {
            double c1 = mbps("C1-S-L-SH");
            double c2 = mbps("C2-S-L-SH");
            double c3 = mbps("C3-S-L-SH");
            ok = higher("C1-S-L-SH", "C2-S-L-SH") && higher("C1-S-L-SH", "C3-S-L-SH")
                    && higher("C2-S-L-SH", "C3-S-L-SH");
            nums.add(fmt("S-L-SH: C1 %.2f, C2 %.2f, C3 %.2f Mb/s", c1, c2, c3));
        }
        verdict(2, claim, any, ok, nums);
    }

    private void f3() {
        String claim = "UDP load, vif (C2): guest-B interrupt count drops sharply versus no load";
        List<String> nums = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        for (String d : DIRECTIONS) {
            for (String sh : LAYOUTS) {
                String n = "C2-" + d + "-N-" + sh;
                String l = "C2-" + d + "-L-" + sh;
                if (!has(n, l)) {
                    continue;
                }
                any = true;
                double in = m(n, Findings::total);
                double il = m(l, Findings::total);
                ok &= il < 0.5 * in;
                nums.add(fmt("%s-%s: %.0f -> %.0f", d, sh, in, il));
            }
        }
        verdict(3, claim, any, ok, nums);
    }

    /** The SEND drop from no load to load of the case/layout {@code config} ("C2-SH"), or NaN when not run. */
    private double sendDrop(String config) {
        String c = config.substring(0, 2);
        String rest = config.substring(2);
        String n = c + "-S-N" + rest;
        String l = c + "-S-L" + rest;
        return has(n, l) ? mbps(n) - mbps(l) : Double.NaN;
    }

    private void f4() {
        String claim = "UDP load, pass-through on a shared IRQ (C3-S-L-SH): the largest drop from no load to load of "
                + "all cases; guest B's interrupts also reach Dom0 (spurious there) and its line waits for Dom0's EOI";
        boolean any = has("C3-S-N-SH", "C3-S-L-SH");
        boolean ok = any;
        List<String> nums = new ArrayList<>();
        if (any) {
            double own = sendDrop("C3-SH");
            StringBuilder others = new StringBuilder();
            for (String other : new String[] {"C1-SH", "C1-UN", "C2-SH", "C2-UN", "C3-UN"}) {
                double drop = sendDrop(other);
                if (!Double.isNaN(drop)) {
                    ok &= own > drop + MIN_DIFF_MBPS;
                    others.append(fmt(" %s %.2f", other, drop));
                }
            }
            double dom0Spurious = m("C3-S-L-SH", Findings::othersSpurious);
            double guestBOwn = m("C3-S-L-SH", RunSummary::measuredOwn);
            double wait = m("C3-S-L-SH", RunSummary::lineWaitOthersNs);
            ok &= dom0Spurious >= 0.5 * guestBOwn && wait > 0;
            nums.add(fmt("SEND drop N->L, Mb/s: C3-SH %.2f vs%s", own, others));
            nums.add(fmt("C3-S-L-SH: guest B own %.0f, spurious at other binders %.0f, line wait for others %.2f ms, "
                    + "throughput spread %.2f Mb/s (std)", guestBOwn, dom0Spurious, wait / 1e6,
                    r.get("C3-S-L-SH").throughput().std()));
        }
        verdict(4, claim, any, ok, nums);
    }

    private void f5() {
        String claim = "Unshared IRQ (C3-*-UN): guest-B interrupts ~ native, throughput ~ native, vif (C2) lower than "
                + "pass-through (the paper: by 0.6-1.0 Mb/s)";
        List<String> nums = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        for (String d : DIRECTIONS) {
            String c1 = "C1-" + d + "-N-UN";
            String c2 = "C2-" + d + "-N-UN";
            String c3 = "C3-" + d + "-N-UN";
            if (!has(c1, c2, c3)) {
                continue;
            }
            any = true;
            double i1 = m(c1, Findings::total);
            double i3 = m(c3, Findings::total);
            double t1 = mbps(c1);
            double t2 = mbps(c2);
            double t3 = mbps(c3);
            ok &= same(i3, i1, COUNT_SAME) && same(t3, t1, SAME) && higher(c3, c2);
            nums.add(fmt("%s: ints C1 %.0f C3 %.0f; Mb/s C1 %.2f C2 %.2f C3 %.2f (C3 - C2 = %.2f)", d, i1, i3, t1, t2,
                    t3, t3 - t2));
        }
        verdict(5, claim, any, ok, nums);
    }

    private void f6() {
        String claim = "Proposal 2 (BDF routing): zero spurious interrupts; line blocking caused by Dom0 falls "
                + "(to 0 when only one sharer asserts)";
        boolean any = false;
        boolean ok = true;
        double spurious = 0;
        List<String> nums = new ArrayList<>();
        for (Map.Entry<String, ScenarioResult> e : r.entrySet()) {
            ScenarioSpec s = ScenarioSpec.parse(e.getKey());
            if (!s.p2()) {
                continue;
            }
            any = true;
            spurious = Math.max(spurious, e.getValue().mean(RunSummary::measuredSpurious));
            spurious = Math.max(spurious, e.getValue().domainMeans().values().stream().mapToDouble(a -> a[1]).max().orElse(0));
            String base = new ScenarioSpec(s.caseNo(), s.direction(), s.load(), s.shared(), s.p1(), false).id();
            if (s.shared() && s.load() && r.containsKey(base)) {
                double w = e.getValue().mean(RunSummary::lineWaitOthersNs);
                double wb = m(base, RunSummary::lineWaitOthersNs);
                ok &= w <= wb;
                nums.add(fmt("%s line wait for others %.2f ms (without P2 %.2f ms)", e.getKey(), w / 1e6, wb / 1e6));
            }
        }
        ok &= spurious == 0;
        nums.add(0, fmt("max spurious over P2 scenarios and domains %.0f", spurious));
        verdict(6, claim, any, ok, nums);
    }

    private void f7() {
        String claim = "Proposal 1 (IO-APIC direct to the RT-VM PCPU): no kick or remote-EOI IPI on guest B's path; "
                + "lower mean latency, smaller p99/jitter, independent of the UDP load";
        List<String> nums = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        for (String d : DIRECTIONS) {
            String base = "C3-" + d + "-L-SH";
            String p1 = base + "-P1";
            String p1n = "C3-" + d + "-N-SH-P1";
            if (!has(base, p1)) {
                continue;
            }
            any = true;
            if (m(base, s -> s.latency().count()) == 0 || m(p1, s -> s.latency().count()) == 0) {
                nums.add(d + "-L-SH: no latency samples (every service of guest B's device rode on another delivery)");
                ok = false;
                continue;
            }
            double kick = m(p1, RunSummary::measuredPathKick);
            double eoi = m(p1, RunSummary::measuredPathEoi);
            double meanB = m(base, s -> s.latency().mean());
            double meanP = m(p1, s -> s.latency().mean());
            double p99B = m(base, s -> s.latency().p99());
            double p99P = m(p1, s -> s.latency().p99());
            ok &= kick == 0 && eoi == 0 && meanP < meanB && p99P < p99B;
            String extra = "";
            if (has(p1n)) {
                double p99N = m(p1n, s -> s.latency().p99());
                ok &= Math.abs(p99P - p99N) <= Math.max(0.2 * p99N, 2000);
                extra = fmt(", p99 without load %.1f us", p99N / 1e3);
            }
            nums.add(fmt("%s-L-SH: path IPIs kick %.0f eoi %.0f; mean %.1f -> %.1f us; p99 %.1f -> %.1f us%s", d, kick,
                    eoi, meanB / 1e3, meanP / 1e3, p99B / 1e3, p99P / 1e3, extra));
        }
        verdict(7, claim, any, ok, nums);
    }

    private void f8() {
        String claim = "Both proposals (C3-*-L-SH-P1-P2) are close to the unshared case C3-*-L-UN";
        List<String> nums = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        for (String d : DIRECTIONS) {
            String both = "C3-" + d + "-L-SH-P1-P2";
            String un = "C3-" + d + "-L-UN";
            if (!has(both, un)) {
                continue;
            }
            any = true;
            double tb = mbps(both);
            double tu = mbps(un);
            double lb = m(both, s -> s.latency().p99());
            double lu = m(un, s -> s.latency().p99());
            ok &= same(tb, tu, SAME) && Math.abs(lb - lu) <= Math.max(0.5 * lu, 3000);
            nums.add(fmt("%s: Mb/s %.1f vs %.1f; p99 %.1f vs %.1f us", d, tb, tu, lb / 1e3, lu / 1e3));
        }
        verdict(8, claim, any, ok, nums);
    }

    private void f9() {
        String claim = "UDP load, RECEIVE: unlike SEND, throughput under load differs little from no load";
        List<String> nums = new ArrayList<>();
        boolean any = false;
        boolean ok = true;
        double largestReceiveDrop = 0;
        double largestSendDrop = 0;
        for (String c : new String[] {"C1", "C2", "C3"}) {
            for (String sh : LAYOUTS) {
                String rn = c + "-R-N-" + sh;
                String rl = c + "-R-L-" + sh;
                if (!has(rn, rl)) {
                    continue;
                }
                any = true;
                double drop = mbps(rn) - mbps(rl);
                ok &= same(mbps(rn), mbps(rl), SAME);
                largestReceiveDrop = Math.max(largestReceiveDrop, drop);
                double send = sendDrop(c + "-" + sh);
                if (!Double.isNaN(send)) {
                    largestSendDrop = Math.max(largestSendDrop, send);
                }
                nums.add(fmt("%s-%s: R %.2f -> %.2f", c, sh, mbps(rn), mbps(rl)));
            }
        }
        ok &= largestReceiveDrop < largestSendDrop;
        nums.add(fmt("largest drop RECEIVE %.2f vs SEND %.2f Mb/s", largestReceiveDrop, largestSendDrop));
        verdict(9, claim, any, ok, nums);
    }
}
