namespace SiteGen.Temporal.Resolution;

/// <summary>
/// Follows the time a text is talking about, expression by expression in text order. It starts at the document date;
/// every calendar date the text names (a year or finer) moves it there; a reference to the present (<c>nu</c>,
/// <c>momenteel</c>) brings it back to the document date. Anaphoric expressions (<c>een jaar eerder</c>, <c>die dag</c>)
/// resolve against <see cref="Anchors"/>; a bare clock time or part of the day whose own sentence names no day falls on
/// <see cref="ClockDay"/>.
/// </summary>
public sealed class StoryTime
{
    private readonly Anchor? documentDate;
    private Anchor? _latest;
    private Anchor? _day;
    private int _dayParagraph = -1;
    private bool _dayHeads;
    private readonly Dictionary<int, int> _namedDays = [];

    public StoryTime(Anchor? documentDate)
    {
        this.documentDate = documentDate;
        _latest = documentDate;
        _day = documentDate?.Day is null ? null : documentDate;
    }

    public StoryAnchors Anchors => new(_latest, _day) { NamedDays = _namedDays };

    /// <summary>
    /// The last period named that was over before the document date: what a step forward counts from when counting
    /// from the story's present would run past the publication (<c>Op 22 maart 2016 ... Vandaag, zes jaar later</c>).
    /// </summary>
    public Anchor? Past { get; private set; }

    /// <summary>
    /// Notes an expression the text has just named, in paragraph <paramref name="paragraph"/>; <paramref name="heading"/>
    /// when it stands alone on its line, heading the paragraphs after it.
    /// </summary>
    public void Note(TemporalMatch match, int paragraph, bool heading = false)
    {
        if (match.Value == "PRESENT_REF")
        {
            _latest = documentDate;
            _day = documentDate?.Day is null ? null : documentDate;
            _dayParagraph = paragraph;
            _dayHeads = false;
            return;
        }
        if (match.Type is not (TimexType.Date or TimexType.Time) || TimexValue.PrecisionOf(match.Value) < DatePrecision.Year) return;
        if (Anchor.TryParsePeriod(match.Value) is not { } named) return;
        _latest = named;
        if (documentDate is not null && named.EndsBefore(documentDate)) Past = named;
        // "Op 19 april 2015 won de club. (...) zaterdagavond" (known to the month of the document date): a period that
        // begins after the last day named moves the story past that day, so a step in days or weeks counts from the
        // period; a look back to an earlier one ("vorig jaar") leaves the day where it was
        if (named.Day is null)
        {
            if (_day is not null && named.FirstDay > _day.FirstDay) _day = null;
            return;
        }
        // "Om 14.10 uur op 4 juni 2021": naming the day again keeps the clock time already known on it
        if (named.Minutes is null && _day is { Minutes: not null } known && known.FirstDay == named.FirstDay) named = known;
        // a clock time under a heading day ("18.00 uur: 500 meter") keeps the heading in force
        _dayHeads = heading || _dayHeads && _day is not null && _day.FirstDay == named.FirstDay;
        _day = named;
        _dayParagraph = paragraph;
        _namedDays[named.Month!.Value * 100 + named.Day!.Value] = named.Year;
    }

    /// <summary>
    /// The day a bare clock time falls on when its sentence names none: the last day named, if it was named in the
    /// same paragraph, or on a line of its own above (<c>Donderdag 13 maart</c> over a programme), or the sentence
    /// carries on from it (<c>Kort daarop, om 9.11 uur</c>), and if the tense does not
    /// contradict it (a plan is not on a day already past, a report not on a day still to come); else the document date.
    /// </summary>
    public Anchor? ClockDay(int paragraph, bool continues, Func<Tense> tense)
    {
        if (_day is null || _dayParagraph != paragraph && !continues && !_dayHeads) return documentDate;
        if (documentDate?.Day is not null)
        {
            var (day, dct) = (_day.FirstDay, documentDate.FirstDay);
            if (day == dct) return _day;
            var said = tense();
            if (said == Tense.Future && day < dct || said == Tense.Past && day > dct) return documentDate;
        }
        return _day;
    }
}
