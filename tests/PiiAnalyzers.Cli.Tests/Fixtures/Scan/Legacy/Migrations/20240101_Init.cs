namespace Legacy.Migrations;

public sealed class Init
{
    public string Phone { get; set; } = "";

    public override string ToString() => "x" + new Legacy.Customer().Phone;
}
