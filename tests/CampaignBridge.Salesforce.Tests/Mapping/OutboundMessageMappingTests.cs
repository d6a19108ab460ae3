namespace CampaignBridge.Salesforce.Tests.Mapping;

public sealed class OutboundMessageMappingTests
{
    private static OutboundMessageMapping Valid() => new()
    {
        ContactListId = Guid.Parse("7c2e4b1a-3d5f-4e6a-8b9c-000000000001"),
        Fields = new() { ["FirstName"] = "FirstName", ["Phone"] = "Phone" },
        PhoneColumns = ["Phone"],
    };

    [Fact]
    public void The_defaults_and_section_names_are_the_documented_ones()
    {
        OutboundMessageMapping.SectionName.ShouldBe("Salesforce:OutboundMessages");
        OutboundMessageMapping.SectionFor("leads").ShouldBe("Salesforce:OutboundMessages:leads");
        OutboundMessageMapping.DefaultContactIdField.ShouldBe("Id");
        new OutboundMessageMapping().ContactIdField.ShouldBe("Id");
        OutboundMessageMapping.DefaultModifiedAtField.ShouldBe("SystemModstamp");
        OutboundMessageMapping.FallbackModifiedAtField.ShouldBe("LastModifiedDate");
        new OutboundMessageMapping().ModifiedAtField.ShouldBeNull();
    }

    [Fact]
    public void A_complete_mapping_has_no_problems()
        => Valid().Validate("leads").ShouldBeEmpty();

    [Fact]
    public void An_empty_mapping_names_the_contact_list_and_fields_settings()
    {
        IReadOnlyList<string> problems = new OutboundMessageMapping().Validate("leads");

        problems.ShouldBe([
            "Salesforce:OutboundMessages:leads:ContactListId is missing: set it to the id (a GUID) of the Genesys contact list these records go to.",
            "Salesforce:OutboundMessages:leads:Fields is empty: map at least one Salesforce field to a contact list column, e.g. Salesforce:OutboundMessages:leads:Fields:FirstName = FirstName (or Salesforce:OutboundMessages:leads:Columns:Region = Region__c for a custom field).",
        ]);
    }

    [Fact]
    public void A_phone_column_that_no_field_maps_to_is_a_problem()
    {
        OutboundMessageMapping mapping = Valid();
        mapping.PhoneColumns.Add("MobilePhone");

        mapping.Validate("leads").ShouldBe([
            "Salesforce:OutboundMessages:leads:PhoneColumns lists 'MobilePhone', which no entry of Salesforce:OutboundMessages:leads:Fields maps to; list only mapped columns.",
        ]);
    }

    [Fact]
    public void A_column_mapped_both_in_Fields_and_in_Columns_is_a_problem()
    {
        OutboundMessageMapping mapping = Valid();
        mapping.Columns["Phone"] = "Phone__c";

        mapping.Validate("leads").ShouldBe([
            "Salesforce:OutboundMessages:leads:Fields maps both Phone and Phone__c to the column Phone; map each column from one field.",
        ]);
    }

    [Fact]
    public void Two_fields_mapped_to_one_column_and_an_empty_id_field_are_problems()
    {
        OutboundMessageMapping mapping = Valid();
        mapping.Fields["MobilePhone"] = "Phone";
        mapping.ContactIdField = " ";

        mapping.Validate("leads").ShouldBe([
            "Salesforce:OutboundMessages:leads:Fields maps both Phone and MobilePhone to the column Phone; map each column from one field.",
            "Salesforce:OutboundMessages:leads:ContactIdField is empty: leave it out (the record Id is used) or name a Salesforce field holding a record id.",
        ]);
    }

    [Fact]
    public void An_empty_ModifiedAtField_is_a_problem_and_a_missing_one_is_not()
    {
        OutboundMessageMapping empty = Valid();
        empty.ModifiedAtField = " ";
        OutboundMessageMapping named = Valid();
        named.ModifiedAtField = "LastModifiedDate";

        empty.Validate("leads").ShouldBe([
            "Salesforce:OutboundMessages:leads:ModifiedAtField is empty: leave it out (SystemModstamp, else LastModifiedDate, is used) or name a Salesforce date-time field.",
        ]);
        named.Validate("leads").ShouldBeEmpty();
        Valid().Validate("leads").ShouldBeEmpty();
    }

    [Fact]
    public void A_mapper_is_not_built_from_an_invalid_mapping()
    {
        var exception = Should.Throw<InvalidSettingException>(
            () => new OutboundMessageMapper("leads", new OutboundMessageMapping(), new PhoneNumberNormalizer(PhoneRegion.Default)));

        exception.Setting.ShouldBe("Salesforce:OutboundMessages:leads");
        exception.Message.ShouldContain("Salesforce:OutboundMessages:leads:ContactListId is missing");
        exception.Message.ShouldContain("Salesforce:OutboundMessages:leads:Fields is empty");
    }
}
