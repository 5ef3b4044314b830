// The story's calendar for the weeks after a treatment. The treatment's own time scale is the engine's
// TIME_COMPRESSION (growth of real enamel); the aftermath is not growth but the story's follow-up period, so it
// has a scale of its own, stated as fiction wherever it is shown (ui-strings `timeCompressionAftermath`).

/**
 * Weeks of story time the aftermath shows: the six weeks from the treatment to the follow-up visit (the first
 * patient's "six weeks on" in chapter 2, Ivy's recall visit "six weeks on").
 */
export const AFTERMATH_STORY_WEEKS = 6;
