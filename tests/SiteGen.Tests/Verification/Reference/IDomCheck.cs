using SiteGen.Diagnostics;
using SiteGen.Verification.Model;

namespace SiteGen.Tests.Verification.Reference;

/// <summary>A page check as first written: it reads one parsed document (<see cref="DomSite.Pages"/>).</summary>
public interface IDomCheck
{
    string Code { get; }

    Severity Severity { get; }

    IEnumerable<Finding> Run(DomSite site);
}
