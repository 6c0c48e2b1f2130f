using System;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// A metadata reference compared by identity: the same reference object means the same assembly (an IDE keeps the
/// object while the reference does not change, and makes a new one when it does).
/// </summary>
public readonly struct ReferenceIdentity : IEquatable<ReferenceIdentity>
{
    private readonly MetadataReference _reference;

    public ReferenceIdentity(MetadataReference reference)
    {
        _reference = reference;
    }

    public bool Equals(ReferenceIdentity other) => ReferenceEquals(_reference, other._reference);

    public override bool Equals(object? obj) => obj is ReferenceIdentity other && Equals(other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_reference);
}
