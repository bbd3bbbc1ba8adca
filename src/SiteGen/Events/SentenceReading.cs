using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// One body sentence as the extractor sees it: its structure, whether it is noise, its calendar dates with their
/// roles, whether it only attributes the sentence before it (`Dat heeft het ministerie zondag bekendgemaakt.`), and
/// whether its main clause speaks of a duty, wish or forecast (a modal verb), whether it leans on the sentence before it
/// (so cannot open an article), whether it refers back to that sentence's event (`Poetin reist dan naar China`), and
/// whether its main clause speaks of what would have happened (`zou`) or lies before the story (`had … aangespannen`),
/// and whether it only says how things are (`De start is van een lang proces.`).
/// </summary>
internal sealed record SentenceReading(
    Sentence Sentence,
    string Text,
    ClauseMap Map,
    NoiseKind Noise,
    IReadOnlyList<DatedExpression> Dates,
    bool BackReference,
    bool Modal,
    bool Scheduled,
    bool Connective,
    bool ContinuesBefore,
    bool Irrealis,
    bool Pluperfect,
    bool State)
{
    /// <summary>
    /// Whether the governing date is the day of publication or the day before by its words (`gisteravond`,
    /// `vandaag`), whatever the precision the document date lends it.
    /// </summary>
    public bool NewsDay { get; init; }

    /// <summary>
    /// Whether the governing date is only a day of the week (`dinsdag`, `donderdagochtend`) that the document date,
    /// known only to its month, could not place on a day: the week of publication, the news as much as `gisteren`.
    /// </summary>
    public bool NewsWeek { get; init; }

    /// <summary>Whether the sentence is a quotation with its speaker (<see cref="NoiseRules.QuotedWithSpeaker"/>).</summary>
    public bool Quoted { get; init; }

    /// <summary>Whether the main clause holds a participle: a perfect (`is aangekomen`, `heeft besloten`) or a passive.</summary>
    public bool Perfect { get; init; }

    /// <summary>Whether that participle goes with a present `wordt`/`worden`: a passive in the present (`worden gesloten`), no perfect.</summary>
    public bool PresentPassive { get; init; }

    /// <summary>Whether the main clause has a past form (`besloot`, `stemde`, `was`).</summary>
    public bool Past { get; init; }

    /// <summary>Whether the sentence is a quotation and only who said it, undated (<see cref="NoiseRules.SpokenQuote"/>).</summary>
    public bool SpokenQuote { get; init; }

    /// <summary>Whether the main clause only says what someone thinks now (`De minister vindt het besluit ernstig.`).</summary>
    public bool Opinion { get; init; }

    /// <summary>
    /// The date that governs the main clause: the first governing one, a start (`vanaf vrijdag`) only when nothing
    /// else governs.
    /// </summary>
    public DatedExpression? Governing =>
        Dates.FirstOrDefault(d => d.Role == DateRole.Governing && !StartOnly(d)) ?? Dates.FirstOrDefault(d => d.Role == DateRole.Governing);

    private bool StartOnly(DatedExpression d)
    {
        var before = Text[..(d.Match.Start - Sentence.Start)].TrimEnd();
        return before.EndsWith(" vanaf", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" per", StringComparison.OrdinalIgnoreCase)
            || before.Equals("vanaf", StringComparison.OrdinalIgnoreCase);
    }
}
