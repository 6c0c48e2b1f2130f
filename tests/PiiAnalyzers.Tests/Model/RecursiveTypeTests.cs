using System.Text;

namespace PiiAnalyzers.Tests.Model;

/// <summary>Types that refer to themselves: answers must terminate and must not depend on which type is asked about first.</summary>
public class RecursiveTypeTests
{
    private const string Cycles = """
        using System.Collections.Generic;
        using PiiAnalyzers;

        public class Node
        {
            public Node? Next;
            public int Value;
        }

        public class PersonNode
        {
            public PersonNode? Next;

            [PersonalData(DataCategories.Profile.Name)]
            public string Name = "";
        }

        // Personal member on A; the reference to B comes first, so asking about A walks into the cycle before finding it.
        public class A
        {
            public B? Partner;

            [PersonalData(DataCategories.Contact.Phone)]
            public string Phone = "";
        }

        public class B
        {
            public A? Partner;
            public int Score;
        }

        // A cycle with nothing personal, and a type that refers to the cycle and has a personal member of its own.
        public class P
        {
            public Q? Other;
        }

        public class Q
        {
            public P? Other;
            public List<Q> Children = new();
        }

        public class R
        {
            public P? Cycle;

            [PersonalData(DataCategories.Contact.Email)]
            public string Email = "";
        }

        // A three-type cycle where only the last type reaches personal data, through a list.
        public class X
        {
            public Y? Next;
        }

        public class Y
        {
            public Z? Next;
        }

        public class Z
        {
            public X? Next;
            public List<PersonNode> People = new();
        }

        // A self-referencing type through a collection, with the personal member on a derived type.
        public class Tree
        {
            public List<Tree> Children = new();
        }

        public class PersonTree : Tree
        {
            [PersonalData(DataCategories.Profile.Name)]
            public string Name = "";
        }
        """;

    private static readonly Dictionary<string, bool> Expected = new()
    {
        ["Node"] = false,
        ["PersonNode"] = true,
        ["A"] = true,
        ["B"] = true,
        ["P"] = false,
        ["Q"] = false,
        ["R"] = true,
        ["X"] = true,
        ["Y"] = true,
        ["Z"] = true,
        ["Tree"] = false,
        ["PersonTree"] = true,
    };

    public static TheoryData<string[]> QueryOrders => new()
    {
        new[] { "Node", "PersonNode", "A", "B", "P", "Q", "R", "X", "Y", "Z", "Tree", "PersonTree" },
        new[] { "PersonTree", "Tree", "Z", "Y", "X", "R", "Q", "P", "B", "A", "PersonNode", "Node" },
        new[] { "B", "A", "Q", "P", "R", "Y", "Z", "X", "Tree", "PersonTree", "Node", "PersonNode" },
        new[] { "R", "P", "Q", "A", "B", "Z", "X", "Y", "PersonTree", "Tree", "PersonNode", "Node" },
        new[] { "Y", "X", "Z", "Q", "R", "P", "Tree", "B", "PersonNode", "A", "Node", "PersonTree" },
    };

    [Theory]
    [MemberData(nameof(QueryOrders))]
    public void Answers_DoNotDependOnQueryOrder(string[] order)
    {
        var host = ModelHost.Create(Cycles);

        foreach (var name in order)
        {
            Assert.True(Expected[name] == host.Model.ContainsPersonalData(host.Type(name)), $"{name} after {string.Join(", ", order.TakeWhile(other => other != name))}");
        }

        // Asked again, the cached answers are the same.
        foreach (var name in order)
        {
            Assert.Equal(Expected[name], host.Model.ContainsPersonalData(host.Type(name)));
        }
    }

    [Fact]
    public void SelfReference_WithoutPersonalMember_IsFalse()
    {
        var host = ModelHost.Create(Cycles);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Node")));
    }

    [Fact]
    public void SelfReference_WithPersonalMember_IsTrue()
    {
        var host = ModelHost.Create(Cycles);

        Assert.True(host.Model.ContainsPersonalData(host.Type("PersonNode")));
    }

    [Fact]
    public void MutualRecursion_StartingAtTheTypeWithoutPersonalMember_IsTrue()
    {
        var host = ModelHost.Create(Cycles);

        Assert.True(host.Model.ContainsPersonalData(host.Type("B")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("A")));
    }

    [Fact]
    public void MutualRecursion_StartingAtTheTypeWithPersonalMember_ThenTheOther_IsTrue()
    {
        var host = ModelHost.Create(Cycles);

        Assert.True(host.Model.ContainsPersonalData(host.Type("A")));
        Assert.True(host.Model.ContainsPersonalData(host.Type("B")));
    }

    [Fact]
    public void ConcurrentQueries_AgreeWithSequentialOnes()
    {
        var host = ModelHost.Create(Cycles);
        var names = Expected.Keys.ToArray();

        var results = Enumerable.Range(0, 8)
            .AsParallel()
            .SelectMany(round => names.Reverse().Skip(round % names.Length).Concat(names.Take(round % names.Length))
                .Select(name => (name, contains: host.Model.ContainsPersonalData(host.Type(name)))))
            .ToList();

        Assert.All(results, result => Assert.Equal(Expected[result.name], result.contains));
    }

    [Fact]
    public void GenericRecursion_Terminates_AndIsFalseWithoutPersonalData()
    {
        var host = ModelHost.Create("""
            public class Node<T>
            {
                public Node<Node<T>>? Next;
                public T? Value;
            }

            public class Holder
            {
                public Node<int>? Numbers;
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Node`1")));
        Assert.False(host.Model.ContainsPersonalData(host.Field("Holder", "Numbers").Type));
        Assert.False(host.Model.ContainsPersonalData(host.Type("Holder")));
    }

    [Fact]
    public void GenericRecursion_Terminates_AndFindsPersonalData()
    {
        var host = ModelHost.Create("""
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email = "";
            }

            public class Node<T>
            {
                public Node<Node<T>>? Next;
                public T? Value;
            }

            public class Tagged<T>
            {
                public Tagged<Tagged<T>>? Next;

                [PersonalData(DataCategories.Profile.Name)]
                public string Owner = "";
            }

            public class Arrays<T>
            {
                public Arrays<T[]>? Next;
            }

            public class Holder
            {
                public Node<Customer>? Customers;
                public Node<int>? Numbers;
                public Tagged<int>? Tagged;
                public Arrays<Customer>? CustomerArrays;
                public Arrays<int>? NumberArrays;
            }
            """);

        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "Customers").Type));
        Assert.False(host.Model.ContainsPersonalData(host.Field("Holder", "Numbers").Type));
        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "Tagged").Type));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Tagged`1")));
        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "CustomerArrays").Type));
        Assert.False(host.Model.ContainsPersonalData(host.Field("Holder", "NumberArrays").Type));
        Assert.True(host.Model.ContainsPersonalData(host.Type("Holder")));
    }

    [Fact]
    public void GenericRecursion_WithTwoBranches_Terminates()
    {
        var host = ModelHost.Create("""
            public class Pair<TLeft, TRight>
            {
                public Pair<Pair<TLeft, TRight>, TLeft>? Left;
                public Pair<TRight, Pair<TRight, TLeft>>? Right;
                public TLeft? First;
                public TRight? Second;
            }

            public class Holder
            {
                public Pair<int, string>? Value;
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Holder")));
    }

    [Fact]
    public void GenericRecursion_WithThreeBranches_Terminates()
    {
        var host = ModelHost.Create("""
            public class Triple<TA, TB, TC>
            {
                public Triple<Triple<TA, TB, TC>, TB, TC>? First;
                public Triple<TA, Triple<TC, TB, TA>, TC>? Second;
                public Triple<TC, TA, Triple<TB, TA, TC>>? Third;
                public TA? A;
            }

            public class Holder
            {
                public Triple<int, string, long>? Value;
            }
            """);

        Assert.False(host.Model.ContainsPersonalData(host.Type("Holder")));
    }

    [Fact]
    public void LongChainOfDistinctTypes_FindsPersonalDataAtTheEnd_InAnyOrder()
    {
        const int Length = 30;
        var source = new StringBuilder("using PiiAnalyzers;\n");
        for (var i = 0; i < Length; i++)
        {
            source.AppendLine($"public class L{i} {{ public L{i + 1}? Next; }}");
        }

        source.AppendLine($"public class L{Length} {{ [PersonalData(DataCategories.Contact.Phone)] public string Phone = \"\"; }}");
        var host = ModelHost.Create(source.ToString());

        // From the start of the chain first.
        var fromStart = ModelHost.FreshModel(host);
        Assert.True(fromStart.ContainsPersonalData(host.Type("L0")));
        for (var i = 0; i <= Length; i++)
        {
            Assert.True(fromStart.ContainsPersonalData(host.Type($"L{i}")), $"L{i} after L0");
        }

        // From the middle first, then the start.
        var fromMiddle = ModelHost.FreshModel(host);
        Assert.True(fromMiddle.ContainsPersonalData(host.Type($"L{Length / 2}")));
        Assert.True(fromMiddle.ContainsPersonalData(host.Type("L0")));
    }

    [Fact]
    public void LongChainOfDistinctTypes_WithoutPersonalData_IsFalse_AndEndsInACycle()
    {
        const int Length = 30;
        var source = new StringBuilder();
        for (var i = 0; i < Length; i++)
        {
            source.AppendLine($"public class L{i} {{ public L{i + 1}? Next; }}");
        }

        source.AppendLine($"public class L{Length} {{ public L0? Back; }}");
        var host = ModelHost.Create(source.ToString());

        for (var i = Length; i >= 0; i -= 5)
        {
            Assert.False(host.Model.ContainsPersonalData(host.Type($"L{i}")));
        }
    }

    [Fact]
    public void GetPersonalMembers_OfSelfReferencingType_ListsOwnMembersOnly()
    {
        var host = ModelHost.Create(Cycles);

        Assert.Equal(["Name"], host.Model.GetPersonalMembers(host.Type("PersonNode")).Select(member => member.Symbol.Name));
        Assert.Empty(host.Model.GetPersonalMembers(host.Type("B")));
        Assert.Equal(["Phone"], host.Model.GetPersonalMembers(host.Type("A")).Select(member => member.Symbol.Name));
    }

    [Fact]
    public void FreshModels_OverTheSameCompilation_Agree()
    {
        var host = ModelHost.Create(Cycles);
        var first = ModelHost.FreshModel(host);
        var second = ModelHost.FreshModel(host);

        var firstAnswers = Expected.Keys.ToDictionary(name => name, name => first.ContainsPersonalData(host.Type(name)));
        var secondAnswers = Expected.Keys.Reverse().ToDictionary(name => name, name => second.ContainsPersonalData(host.Type(name)));

        Assert.Equal(Expected, firstAnswers);
        Assert.Equal(Expected, secondAnswers);
    }

    [Fact]
    public void DeeplyNestedGenericCollections_WithinTheLimit_StillContain()
    {
        var host = ModelHost.Create("""
            using System.Collections.Generic;
            using PiiAnalyzers;

            public class Customer
            {
                [PersonalData(DataCategories.Contact.Email)]
                public string Email = "";
            }

            public class Holder
            {
                public List<List<Dictionary<string, List<Customer[][]>>>>? Nested;
                public List<List<Dictionary<string, List<int[][]>>>>? Numbers;
                public System.Threading.Tasks.Task<System.Lazy<IEnumerable<Dictionary<string, List<KeyValuePair<string, Customer[]>>>>>>? Pending;
                public (int, string, long, int, string, long, int, Customer) WideTuple;
            }
            """);

        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "Nested").Type));
        Assert.False(host.Model.ContainsPersonalData(host.Field("Holder", "Numbers").Type));
        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "Pending").Type));
        Assert.True(host.Model.ContainsPersonalData(host.Field("Holder", "WideTuple").Type));
    }
}
