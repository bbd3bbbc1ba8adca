namespace SiteGen.Temporal;

/// <summary>The tense of a sentence as far as it decides the direction of bare weekdays and months.</summary>
public enum Tense { Unknown, Past, Present, Future }
