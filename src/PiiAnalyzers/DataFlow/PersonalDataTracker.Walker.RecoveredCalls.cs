using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.DataFlow;

/// <summary>The walk over a call that did not bind, as the one method it can be (<see cref="RecoveredCall"/>).</summary>
public sealed partial class PersonalDataTracker
{
    private sealed partial class Walker
    {
        // What the method returns, as for a call that bound: nothing from a sanitizer, the personal data a framework
        // source gives, what the summary of a method of the compilation says; text from a method of another assembly
        // carries what was read into its text arguments and its object.
        private PersonalDataFlow VisitRecoveredCall(RecoveredCall call, IOperation invalid, Mode mode, int depth)
        {
            var method = call.Method;
            if (_tracker.Sanitizers.IsSanitizer(method, invalid.Syntax.SyntaxTree))
            {
                return PersonalDataFlow.None;
            }

            if (_tracker.GetSource(method) is { } framework)
            {
                return PersonalDataFlow.From(new[] { framework }, invalid.Syntax);
            }

            if (_tracker.ReturnedByCall(method, call.ArgumentFor, mode, this, element: default) is { } returned)
            {
                return returned;
            }

            return _tracker.IsText(method.ReturnType)
                ? Visit(call.Instance, Mode.Direct, depth).Union(VisitAll(call.Arguments, Mode.Direct, depth))
                : PersonalDataFlow.None;
        }
    }
}
