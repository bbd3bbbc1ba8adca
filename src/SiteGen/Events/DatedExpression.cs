using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// A calendar date of a sentence with what it does there (<see cref="Role"/>), the role its own words give it
/// whatever clause it is in (<see cref="OwnRole"/>), and the innermost subordinate clause holding it.
/// </summary>
internal sealed record DatedExpression(TemporalMatch Match, DateRole Role, DateRole OwnRole, Clause? Clause);
