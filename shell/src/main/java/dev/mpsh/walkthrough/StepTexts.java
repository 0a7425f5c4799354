package dev.mpsh.walkthrough;

import dev.mpsh.api.Step;
import dev.mpsh.api.StepText;
import dev.mpsh.command.CommandException;

/** Where a step's text comes from: the scenario plugin's lessons/LANG/FILE. */
@FunctionalInterface
public interface StepTexts {
    StepText text(Step step, String lang) throws CommandException;
}
