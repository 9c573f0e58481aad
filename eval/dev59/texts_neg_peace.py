"""Negatives of eval/dev59: peace and reconciliation (README.md)."""

NEGATIVES = [
    (
        "Rebel group pledges not to disrupt elections in areas it controls",
        (
            "A rebel group active in the country's north said on Tuesday it would not disrupt the "
            "upcoming elections and would allow residents of areas it controls to travel to "
            "polling stations. The government welcomed the statement and said it would open "
            "additional polling centres in nearby towns. Talks between the two sides are due to "
            "resume next month."
        ),
        "peace",
    ),
    (
        "Parties sign peace pledge in Nairobi ahead of vote",
        (
            "Leaders of the main political parties signed a peace pledge at a ceremony in Nairobi "
            "on Sunday, promising to rein in their supporters and to take any dispute over the "
            "results to court. Religious leaders who brokered the pledge said they would monitor "
            "hotspots. The president and the opposition leader shook hands on stage."
        ),
        "peace",
    ),
    (
        "Former rebels' party takes its seats in parliament",
        (
            "Members of the party formed by demobilised guerrillas took up the ten seats "
            "guaranteed to them under the peace agreement as the new congress was sworn in on "
            "Wednesday. Their leader said they would pursue their goals through politics alone. "
            "Victims' groups held a silent protest outside the building."
        ),
        "peace",
    ),
    (
        "Truth commission opens hearings on post-election killings",
        (
            "A truth and reconciliation commission opened public hearings in the capital on "
            "Monday into killings that followed the election a decade ago. Families of victims "
            "and former members of the security forces are expected to testify. The commission "
            "has two years to complete its report."
        ),
        "peace",
    ),
    (
        "Ceasefire agreed to allow elections in insurgent region",
        (
            "The government and an armed movement agreed on Friday to a 30-day ceasefire to allow "
            "elections to take place in the eastern provinces, mediators said. The agreement "
            "provides for international observers and the movement's fighters to stay in their "
            "bases during the vote. Both sides said they hoped to extend the truce into a wider "
            "peace process. The movement's leaders will be allowed to campaign for the first "
            "time."
        ),
        "peace",
    ),
    (
        "President pardons opposition activists jailed after protests",
        (
            "The president pardoned 180 opposition activists jailed after last year's election "
            "protests on Thursday, as part of a national dialogue with opposition parties. Some "
            "were released from prison the same evening. The opposition welcomed the move but "
            "said dozens more remained in detention."
        ),
        "peace",
    ),
    (
        "Rival leaders reconcile at mediation talks after disputed poll",
        (
            "The president and the opposition leader who had disputed last year's election met "
            "for the first time at mediation talks in Addis Ababa on Saturday and agreed to form "
            "a joint committee on electoral reform. The African Union envoy said the meeting had "
            "been cordial. The opposition leader will be given an official residence and the "
            "status of a former vice-president."
        ),
        "peace",
    ),
]
