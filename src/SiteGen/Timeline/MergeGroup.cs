using SiteGen.Events;

namespace SiteGen.Timeline;

/// <summary>
/// A cluster <see cref="IndexedEventMerger"/> is forming, with what a newcomer is checked against kept ready: the
/// ranks of the articles in it (ints, not the members' article id strings scattered over the heap) and the members'
/// profiles with their parsed dates.
/// </summary>
internal sealed class MergeGroup
{
    // One per member (an article joins a group once), so scanning them costs less than trying the members after.
    private readonly List<int> articles = [];

    private readonly List<ReportProfile> members = [];

    private readonly List<MergeReason> reasons = [];

    // The member each later member joined through, parallel to reasons.
    private readonly List<ReportProfile> partners = [];

    public MergeGroup(int position, ReportProfile first)
    {
        Position = position;
        Add(first);
    }

    /// <summary>The group's place in the merge's result; of equally good groups a report joins the first.</summary>
    public int Position { get; }

    /// <summary>The last report that collected this group as a candidate, so that it is tried once per report.</summary>
    public int SeenBy { get; set; } = -1;

    /// <summary>A group of one whose report is being tried against the others, or has joined one of them.</summary>
    public bool Dissolved { get; set; }

    public IReadOnlyList<ReportProfile> Members => members;

    /// <summary>No report of the same article yet, a date compatible with every member's, and no member naming another happening.</summary>
    public bool Admits(ReportProfile report)
    {
        if (articles.Contains(report.Article)) return false;
        foreach (var member in members)
            if (!ReportProfile.DatesFit(member, report) || Events.PredicateLexicon.Differ(member.Predicates, report.Predicates)) return false;
        return true;
    }

    public void Join(ReportProfile report, ReportProfile partner, MergeReason reason)
    {
        Add(report);
        reasons.Add(reason);
        partners.Add(partner);
    }

    /// <summary>
    /// The member of <paramref name="report"/>'s article that <paramref name="report"/> may take the place of, or null:
    /// not the first member (its date is the item's), and no member joined through it (their evidence would go with
    /// it). See <see cref="IndexedEventMerger"/>.
    /// </summary>
    public ReportProfile? Yielding(ReportProfile report)
    {
        var at = articles.IndexOf(report.Article);
        if (at <= 0) return null;
        var member = members[at];
        foreach (var partner in partners)
            if (ReferenceEquals(partner, member)) return null;
        return member;
    }

    /// <summary><see cref="Admits"/> with <paramref name="leaving"/> gone from the group.</summary>
    public bool AdmitsInstead(ReportProfile report, ReportProfile leaving)
    {
        foreach (var member in members)
            if (!ReferenceEquals(member, leaving)
                && (!ReportProfile.DatesFit(member, report) || Events.PredicateLexicon.Differ(member.Predicates, report.Predicates))) return false;
        return true;
    }

    /// <summary><paramref name="report"/> takes the place of <paramref name="leaving"/>, joining last.</summary>
    public void Replace(ReportProfile leaving, ReportProfile report, ReportProfile partner, MergeReason reason)
    {
        var at = members.IndexOf(leaving);
        members.RemoveAt(at);
        articles.RemoveAt(at);
        reasons.RemoveAt(at - 1);
        partners.RemoveAt(at - 1);
        Join(report, partner, reason);
    }

    /// <summary>The group becomes <paramref name="report"/>'s alone (a member another report took the place of).</summary>
    public void Restart(ReportProfile report)
    {
        (members[0], articles[0]) = (report, report.Article);
        Dissolved = false;
    }

    public EventCluster ToCluster()
    {
        var reports = new List<ExtractedEvent>(members.Count);
        foreach (var member in members) reports.Add(member.Report);
        return new EventCluster(reports, reasons);
    }

    private void Add(ReportProfile report)
    {
        members.Add(report);
        articles.Add(report.Article);
    }
}
