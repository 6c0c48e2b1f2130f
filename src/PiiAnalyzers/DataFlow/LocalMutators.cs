using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.DataFlow;

/// <summary>
/// Calls that put their arguments into the object a local holds (<c>sb.Append(name)</c>, <c>list.Add(email)</c>, a chat
/// history's <c>AddUserMessage(prompt)</c>, an Alipay request's <c>SetBizModel(model)</c>): the local then carries what
/// they add, on top of what it held.
/// </summary>
internal static class LocalMutators
{
    private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.Create(
        "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Replace",
        "Add", "AddRange", "AddFirst", "AddLast", "Push", "Enqueue", "TryAdd", "Set", "SetValue",
        "AddUserMessage", "AddSystemMessage", "AddAssistantMessage", "AddDeveloperMessage", "AddMessage", "SetBizModel");

    /// <summary>The local whose object the call adds to (the start of <c>sb.Append(a).Append(b)</c>); null for any other call.</summary>
    /// <param name="invocation">The call.</param>
    /// <param name="captured">In a control-flow graph, the value a capture of the receiver holds (the graph captures a
    /// receiver when an argument needs captures of its own: <c>request.SetBizModel(new Model { … })</c>).</param>
    public static ILocalSymbol? Mutated(IInvocationOperation invocation, Func<IFlowCaptureReferenceOperation, IOperation?> captured)
    {
        if (!Names.Contains(invocation.TargetMethod.Name))
        {
            return null;
        }

        var receiver = invocation.Instance;
        while (receiver is IInvocationOperation inner)
        {
            receiver = inner.Instance;
        }

        while (receiver is IConversionOperation { IsImplicit: true } conversion)
        {
            receiver = conversion.Operand;
        }

        if (receiver is IFlowCaptureReferenceOperation capture)
        {
            receiver = captured(capture);
        }

        // A string's Replace or Insert returns a new string and leaves the local as it was.
        return receiver is ILocalReferenceOperation { Local: { Type.SpecialType: not SpecialType.System_String } local } ? local : null;
    }

    /// <summary>Whether what is added is written as text: a <c>StringBuilder</c> prints each value's <c>ToString</c>.</summary>
    public static bool AppendsText(ILocalSymbol local) =>
        local.Type is INamedTypeSymbol { Name: "StringBuilder", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
}
