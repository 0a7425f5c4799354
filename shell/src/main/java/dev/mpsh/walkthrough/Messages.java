package dev.mpsh.walkthrough;

import java.util.Map;

/** The walkthrough's own words around the lesson texts, in the trainee's language (en, ja). */
final class Messages {
    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("header", new String[] {"── Step %s/%s: %s", "── ステップ %s/%s: %s"}),
            Map.entry("footer", new String[] {"hint: a hint · show: the commands · skip · back · walkthrough status",
                "hint: ヒント · show: コマンド · skip: 飛ばす · back: 戻る · walkthrough status: 一覧"}),
            Map.entry("review", new String[] {"(done — 'skip' moves on)", "(完了済み — 'skip' で先へ)"}),
            Map.entry("done", new String[] {"✔ Step %s done: %s", "✔ ステップ %s 完了: %s"}),
            Map.entry("also", new String[] {" (and the lab already shows step %s done)", "(ステップ %s もすでに完了しています)"}),
            Map.entry("also.many", new String[] {" (and the lab already shows steps %s-%s done)", "(ステップ %s-%s もすでに完了しています)"}),
            Map.entry("undone", new String[] {"Step %s no longer holds in the lab (%s not in place): back to it.",
                "ステップ %s がラボで成り立たなくなりました(%s がありません)。そこに戻ります。"}),
            Map.entry("partly", new String[] {"walkthrough: %s of %s changes of this step are in place; still missing: %s",
                "walkthrough: このステップの変更 %2$s 個のうち %1$s 個が入っています。残り: %3$s"}),
            Map.entry("recognised", new String[] {"%s step(s) already hold in the lab and are marked done: %s",
                "%s 個のステップはすでにラボで成り立っているので完了にしました: %s"}),
            Map.entry("resuming", new String[] {"Resuming the walkthrough of lab '%s' (%s).", "ラボ '%s' のウォークスルーを再開します(%s)。"}),
            Map.entry("complete", new String[] {"The walkthrough is complete.", "ウォークスルーは完了です。"}),
            Map.entry("skipped", new String[] {" Skipped: %s ('walkthrough status' shows them; 'walkthrough reset' starts over).",
                " 飛ばしたステップ: %s('walkthrough status' で一覧、'walkthrough reset' で最初から)。"}),
            Map.entry("hint", new String[] {"Hint %s/%s: ", "ヒント %s/%s: "}),
            Map.entry("hint.commands", new String[] {"Hint %s/%s, the commands:", "ヒント %s/%s、コマンド:"}),
            Map.entry("in-place", new String[] {"in place", "設定済み"}),
            Map.entry("missing", new String[] {"missing", "未設定"}),
            Map.entry("status", new String[] {"walkthrough of lab '%s' (%s): %s/%s steps done",
                "ラボ '%s' のウォークスルー(%s): %s/%s ステップ完了"}),
            Map.entry("state.done", new String[] {"done", "完了"}),
            Map.entry("state.skipped", new String[] {"skipped", "スキップ"}),
            Map.entry("state.todo", new String[] {"to do", "未完了"}),
            Map.entry("handover.seen", new String[] {"The kernel saw it: the %s subflow moved %,d bytes while %s was down (%s).",
                "カーネルが確認しました: %3$s が落ちている間に %1$s のサブフローが %2$,d バイトを運びました(%4$s)。"}),
            Map.entry("handover.none", new String[] {"walkthrough: %s went down, but no subflow from %s moved a byte meanwhile; 'diagnose' says what is missing.",
                "walkthrough: %s は落ちましたが、その間 %s のサブフローは 1 バイトも運びませんでした。'diagnose' で足りないものを確かめてください。"}),
            Map.entry("kept", new String[] {"progress is kept in %s", "進み具合の保存先: %s"}));

    private Messages() {
    }

    /** The text for key in lang ("ja" or English), with %s filled in. */
    static String get(String lang, String key, Object... args) {
        String[] t = TEXT.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return String.format(t["ja".equals(lang) ? 1 : 0], args);
    }
}
