using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Rendering.Templates;

/// <summary>
/// Wraps Scriban's <c>include</c> so a rendered partial comes back as <see cref="RawHtml"/>: it was produced by a
/// template (whose values were already encoded) and must not be encoded a second time.
/// </summary>
public sealed class IncludeAsHtml(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawHtml(inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
