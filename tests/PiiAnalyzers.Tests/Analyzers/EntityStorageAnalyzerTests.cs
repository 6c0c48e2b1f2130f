using Microsoft.CodeAnalysis.Testing;
using Verify = PiiAnalyzers.Tests.Analyzers.StorageVerifier<PiiAnalyzers.Analyzers.EntityStorageAnalyzer>;

namespace PiiAnalyzers.Tests.Analyzers;

public class EntityStorageAnalyzerTests
{
    private const string IdCard = "Patient.IdCardNumber (identity.national-id)";
    private const string BankCard = "Patient.BankCard (financial.bank-account)";
    private const string Name = "Patient.Name (profile.name)";

    private const string Patient = """
        using System.ComponentModel.DataAnnotations.Schema;
        using PiiAnalyzers;

        public class Patient
        {
            public int Id { get; set; }

            public string Notes { get; set; } = "";

            [PersonalData(DataCategories.Profile.Name)]
            public string {|#2:Name|} { get; set; } = "";

            [PersonalData(DataCategories.Identity.NationalId)]
            public string {|#0:IdCardNumber|} { get; set; } = "";

            [PersonalData(DataCategories.Financial.BankAccount)]
            public string {|#1:BankCard|} { get; set; } = "";

            [PersonalData(DataCategories.Health.Medical)]
            [EncryptedAtRest]
            public string MedicalNotes { get; set; } = "";

            [PersonalData(DataCategories.Biometric.Face)]
            [NotMapped]
            public byte[] FaceTemplate { get; set; } = [];

            [PersonalData(DataCategories.Identity.Passport)]
            public string Passport => "";
        }
        """;

    private static string PlainPatient => Patient.Replace("{|#0:", string.Empty).Replace("{|#1:", string.Empty).Replace("{|#2:", string.Empty).Replace("|}", string.Empty);

    private static DiagnosticResult Stored(int location, string data, string dbContext, bool sensitive = true) =>
        Verify.Diagnostic(DiagnosticDescriptors.EntityPropertyStoredUnencrypted, location, sensitive, data, dbContext);

    [Fact]
    public async Task DbSetEntity_SensitiveProperty_IsReportedOnTheProperty_NamingTheDbContext()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;
                }
                """],
            editorConfig: null,
            Stored(0, IdCard, "ClinicContext"),
            Stored(1, BankCard, "ClinicContext"));
    }

    [Fact]
    public async Task EntityConfiguredWithModelBuilder_IsAnEntityToo()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>().HasKey(p => p.Id);
                    }
                }
                """],
            editorConfig: null,
            Stored(0, IdCard, "ClinicContext"),
            Stored(1, BankCard, "ClinicContext"));
    }

    [Fact]
    public async Task EncryptingValueConverters_AndIgnoredProperties_AreNotReported()
    {
        await Verify.VerifyAsync(
            [PlainPatient, """
                using Microsoft.AspNetCore.DataProtection;
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
                using PiiAnalyzers;

                [EncryptedAtRest]
                public class EncryptingConverter : ValueConverter<string, string>
                {
                    public EncryptingConverter() : base(v => v, v => v) { }
                }

                public class ClinicContext : DbContext
                {
                    private readonly IDataProtector _protector = null!;

                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>(builder =>
                        {
                            builder.Property(p => p.IdCardNumber).IsRequired().HasConversion<EncryptingConverter>();
                            builder.Property(p => p.BankCard).HasConversion(v => _protector.Protect(v), v => _protector.Unprotect(v));
                        });
                    }
                }
                """],
            editorConfig: null);

        await Verify.VerifyAsync(
            [PlainPatient, """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
                using PiiAnalyzers;

                [EncryptedAtRest]
                public class EncryptingConverter : ValueConverter<string, string>
                {
                    public EncryptingConverter() : base(v => v, v => v) { }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>().Property<string>("IdCardNumber").HasConversion(new EncryptingConverter());
                        modelBuilder.Entity<Patient>().Ignore(p => p.BankCard);
                    }
                }
                """],
            editorConfig: null);
    }

    [Fact]
    public async Task ConverterThatDoesNotEncrypt_IsReported()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

                public class TrimmingConverter : ValueConverter<string, string>
                {
                    public TrimmingConverter() : base(v => v.Trim(), v => v) { }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>().Property(p => p.IdCardNumber).HasConversion(typeof(TrimmingConverter));
                        modelBuilder.Entity<Patient>().Property(p => p.BankCard).HasConversion(v => v.ToUpperInvariant(), v => v);
                    }
                }
                """],
            editorConfig: null,
            Stored(0, IdCard, "ClinicContext"),
            Stored(1, BankCard, "ClinicContext"));
    }

    [Fact]
    public async Task ConverterListedInEditorConfig_Encrypts()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

                namespace MyCo
                {
                    public class VaultConverter : ValueConverter<string, string>
                    {
                        public VaultConverter() : base(v => v, v => v) { }
                    }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>().Property(p => p.IdCardNumber).HasConversion<MyCo.VaultConverter>();
                    }
                }
                """],
            "root = true\n\n[*.cs]\npii_encryptors = T:MyCo.VaultConverter\n",
            Stored(1, BankCard, "ClinicContext"));
    }

    [Fact]
    public async Task RequireEncryptionAll_ReportsEveryPersonalProperty_NonSensitiveAsWarnings()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;
                }
                """],
            "root = true\n\n[*.cs]\npii_require_encryption = all\n",
            Stored(0, IdCard, "ClinicContext"),
            Stored(1, BankCard, "ClinicContext"),
            Stored(2, Name, "ClinicContext", sensitive: false));
    }

    [Fact]
    public async Task EachDbContextThatMapsTheEntity_IsNamed()
    {
        await Verify.VerifyAsync(
            [Patient, """
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;
                }

                public class ReportingContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Patient>();
                    }
                }
                """],
            editorConfig: null,
            Stored(0, IdCard, "ClinicContext"),
            Stored(1, BankCard, "ClinicContext"),
            Stored(0, IdCard, "ReportingContext"),
            Stored(1, BankCard, "ReportingContext"));
    }

    private const string PatientConfiguration = """
        using Microsoft.EntityFrameworkCore;
        using Microsoft.EntityFrameworkCore.Metadata.Builders;
        using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
        using PiiAnalyzers;

        [EncryptedAtRest]
        public class EncryptingConverter : ValueConverter<string, string>
        {
            public EncryptingConverter() : base(v => v, v => v) { }
        }

        public class PatientConfiguration : IEntityTypeConfiguration<Patient>
        {
            public void Configure(EntityTypeBuilder<Patient> builder)
            {
                builder.HasKey(p => p.Id);
                builder.Property(p => p.IdCardNumber).HasConversion<EncryptingConverter>();
            }
        }
        """;

    [Theory]
    [InlineData("modelBuilder.ApplyConfiguration(new PatientConfiguration())")]
    [InlineData("modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClinicContext).Assembly)")]
    public async Task ConfigurationClassApplied_MapsItsEntity_AndItsEncryptingConvertersCount(string apply)
    {
        await Verify.VerifyAsync(
            [Patient, PatientConfiguration, $$"""
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                    protected override void OnModelCreating(ModelBuilder modelBuilder) => {{apply}};
                }
                """],
            editorConfig: null,
            Stored(1, BankCard, "ClinicContext"));
    }

    [Fact]
    public async Task EveryConfigurationClassOfAnEntity_IsRead()
    {
        // Two configuration classes of one entity: what either excludes is excluded.
        await Verify.VerifyAsync(
            [PlainPatient, PatientConfiguration, """
                using Microsoft.EntityFrameworkCore;
                using Microsoft.EntityFrameworkCore.Metadata.Builders;

                public class BankCardConfiguration : IEntityTypeConfiguration<Patient>
                {
                    public void Configure(EntityTypeBuilder<Patient> builder) => builder.Ignore(p => p.BankCard);
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
                        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ClinicContext).Assembly);
                }
                """],
            editorConfig: null);
    }

    [Fact]
    public async Task ConfigurationClassThatNoDbContextApplies_MapsNothing()
    {
        await Verify.VerifyAsync(
            [PlainPatient, PatientConfiguration, """
                using Microsoft.EntityFrameworkCore;

                public class ClinicContext : DbContext
                {
                }
                """],
            editorConfig: null);
    }

    [Fact]
    public async Task TypesReachedThroughNavigations_AreMappedToo_UnlessNotMappedOrIgnored()
    {
        await Verify.VerifyAsync(
            ["""
                using System.Collections.Generic;
                using System.ComponentModel.DataAnnotations.Schema;
                using PiiAnalyzers;

                public class Child
                {
                    public int Id { get; set; }
                    public Guardian Guardian { get; set; } = new();
                    public List<Card> Cards { get; } = new();
                    [NotMapped]
                    public Scan Scan { get; set; } = new();
                    public Note Note { get; set; } = new();
                    public string Nickname { get; set; } = "";
                }

                public class Guardian
                {
                    public int Id { get; set; }
                    [PersonalData(DataCategories.Identity.NationalId)]
                    public string {|#0:IdCardNumber|} { get; set; } = "";
                    public ICollection<Child> Children { get; } = new List<Child>();
                }

                public class Card
                {
                    [PersonalData(DataCategories.Financial.BankAccount)]
                    public string {|#1:Number|} { get; set; } = "";
                }

                public class Scan
                {
                    [PersonalData(DataCategories.Biometric.Face)]
                    public byte[] Face { get; set; } = [];
                }

                public class Note
                {
                    [PersonalData(DataCategories.Identity.Passport)]
                    public string Passport { get; set; } = "";
                }
                """, """
                using Microsoft.EntityFrameworkCore;

                public class NurseryContext : DbContext
                {
                    public DbSet<Child> Children { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Child>().Ignore(c => c.Note);
                    }
                }
                """],
            editorConfig: null,
            Stored(0, "Guardian.IdCardNumber (identity.national-id)", "NurseryContext"),
            Stored(1, "Card.Number (financial.bank-account)", "NurseryContext"));
    }

    [Fact]
    public async Task OwnedTypeConfiguredInOwnsOne_ItsEncryptingConvertersAndIgnoresCount()
    {
        await Verify.VerifyAsync(
            ["""
                using PiiAnalyzers;

                public class Member
                {
                    public int Id { get; set; }
                    public Wallet Wallet { get; set; } = new();
                }

                public class Wallet
                {
                    [PersonalData(DataCategories.Financial.BankAccount)]
                    public string CardNumber { get; set; } = "";

                    [PersonalData(DataCategories.Identity.NationalId)]
                    public string HolderIdCard { get; set; } = "";

                    [PersonalData(DataCategories.Identity.Passport)]
                    public string {|#0:Passport|} { get; set; } = "";
                }
                """, """
                using Microsoft.EntityFrameworkCore;
                using PiiAnalyzers;

                [EncryptedAtRest]
                public class AesConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>
                {
                    public AesConverter() : base(value => value, value => value) { }
                }

                public class ClubContext : DbContext
                {
                    public DbSet<Member> Members { get; set; } = null!;

                    protected override void OnModelCreating(ModelBuilder modelBuilder)
                    {
                        modelBuilder.Entity<Member>().OwnsOne(m => m.Wallet, wallet =>
                        {
                            wallet.Property(w => w.CardNumber).HasConversion(new AesConverter());
                            wallet.Ignore("HolderIdCard");
                        });
                    }
                }
                """],
            editorConfig: null,
            Stored(0, "Wallet.Passport (identity.passport)", "ClubContext"));
    }

    [Fact]
    public async Task TypesThatNoDbContextMaps_AreNotReported()
    {
        await Verify.VerifyAsync(
            [PlainPatient, """
                using Microsoft.EntityFrameworkCore;

                public class NotAContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;
                }

                public class EmptyContext : DbContext
                {
                    public Patient? Cached { get; set; }

                    public void Touch(ModelBuilder modelBuilder, NotAContext other) => other.Patients.ToString();
                }
                """],
            editorConfig: null);
    }

    [Fact]
    public async Task IdentityProtectedPersonalData_CountsAsEncrypted()
    {
        await Verify.VerifyAsync(
            ["""
                using Microsoft.AspNetCore.Identity;
                using Microsoft.EntityFrameworkCore;
                using PiiAnalyzers;

                namespace Microsoft.AspNetCore.Identity
                {
                    [System.AttributeUsage(System.AttributeTargets.Property)]
                    public class PersonalDataAttribute : System.Attribute { }

                    public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
                }

                public class AppUser
                {
                    [ProtectedPersonalData]
                    [Sensitive]
                    public string PhoneNumber { get; set; } = "";

                    [Microsoft.AspNetCore.Identity.PersonalData]
                    [Sensitive]
                    public string {|#0:Address|} { get; set; } = "";
                }

                public class IdentityContext : DbContext
                {
                    public DbSet<AppUser> Users { get; set; } = null!;
                }
                """],
            editorConfig: null,
            Stored(0, "AppUser.Address (unspecified)", "IdentityContext"));
    }

    [Theory]
    [InlineData("public class C : Microsoft.EntityFrameworkCore.DbContext { public Microsoft.EntityFrameworkCore.DbSet<Missing> Items { get; set; } }")]
    [InlineData("public class C : Microsoft.EntityFrameworkCore.DbContext { protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder b) { b.Entity<Patient>().Property(p => p.).HasConversion<>(); b.Entity<>(); } }")]
    [InlineData("public class C : Microsoft.EntityFrameworkCore.DbContext { protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder b) { b.Entity<Patient>().Property<string>(null).HasConversion((System.Type)null); b.Entity<Patient>().Ignore(\"\"); } }")]
    [InlineData("public class C : Microsoft.EntityFrameworkCore.DbContext<")]
    public async Task IncompleteCode_DoesNotThrow(string source)
    {
        await Verify.VerifyDoesNotThrowAsync(source + "\n" + PlainPatient);
    }
}
