namespace SiteGen.Events;

/// <summary>What a date expression does in its sentence; only <see cref="Governing"/> dates the sentence's report.</summary>
public enum DateRole
{
    /// <summary>An adverbial of the main clause: `De Eerste Kamer heeft dinsdag ingestemd`.</summary>
    Governing,

    /// <summary>In a subordinate or relative clause: it dates that clause, not the report (`… afspraken die in 1991 …`).</summary>
    Subordinate,

    /// <summary>Inside quoted words: the speaker's time, not the report's.</summary>
    Quoted,

    /// <summary>Dates a noun, not the sentence: `het protest van 1 oktober`, `afspraken uit 1991`, `Lissabon (2007)`.</summary>
    Referred,

    /// <summary>Bounds a period or sets a deadline: `tot 2030`, `sinds 2015`, `tussen 2025 en 2028`, `voor 1 juli`.</summary>
    Range,

    /// <summary>Only a time of day (`om 8.35 uur`): a detail of the day's event, not an event of its own.</summary>
    ClockTime,
}
