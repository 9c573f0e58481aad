"""dev12 texts: texts with numbers but no figure.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- texts with numbers but no figure
    (
        "Sudan: donors pledge at London conference",
        "Donors pledged {{$1 billion}} for Sudan at a conference in London on {{April 15, 2025}}, {{two years}} to the day since the war began. "
        "The UN appeal for {{2025}} is {{$4.2 billion}} and was {{10% funded}} at the end of {{March}}.",
    ),
    (
        "Chad: Abeche airport runway reopens after repairs",
        "Abeche airport reopened on {{March 3}} after a {{six-week}} closure to repair its {{2,800-metre}} runway. "
        "The work cost {{1.6 billion CFA francs}}, the transport ministry said, and flights by the UN Humanitarian Air Service resume on {{Monday}}.",
    ),
    (
        "South Sudan: elections postponed again",
        "South Sudan's transitional government postponed elections scheduled for {{December 2024}} by {{two years}}, to {{December 22, 2026}}. "
        "It is the {{second}} extension of the transition agreed in {{2018}}, and the {{fourth}} delay overall.",
    ),
    (
        "Security Council renews Yemen sanctions",
        "The UN Security Council adopted {{Resolution 2758}} on {{November 14}}, renewing the Yemen sanctions regime for {{12 months}}. "
        "The vote was {{13-0}}, with Russia and China abstaining.",
    ),
    (
        "Syria: currency slides after subsidy cuts",
        "The Syrian pound fell to about {{15,000}} to the dollar on the black market in {{August 2023}}, from {{6,500}} a year earlier. "
        "The government raised fuel prices by {{about 170%}} and doubled public sector salaries.",
    ),
    (
        "Lebanon: Beirut port blast inquiry resumes",
        "The judge investigating the {{August 4, 2020}} port explosion resumed work in {{January 2025}} after a {{two-year}} halt. "
        "The blast was caused by {{2,750 tonnes}} of ammonium nitrate stored for {{six years}} in {{Hangar 12}}.",
    ),
    (
        "Gaza: UN aid chief's briefing schedule",
        "The UN relief chief will brief the Security Council at {{10 a.m.}} on {{Thursday}}, his {{third}} briefing on Gaza in {{six weeks}}. "
        "Journalists can follow the session on channel {{UNTV 2}} or dial {{+41 22 917 1234}}.",
    ),
    (
        "Ukraine: grain corridor shipments",
        "Ships carried grain worth {{$1.1 billion}} from Odesa's ports in {{October}}, the highest since {{2021}}, the infrastructure ministry said. "
        "The average voyage to the Bosphorus takes {{about 30 hours}}.",
    ),
    (
        "Myanmar: junta extends state of emergency",
        "Myanmar's military extended the state of emergency by {{six months}} on {{January 31, 2024}}, the {{fifth}} extension since the {{2021}} coup. "
        "The {{67-year-old}} commander-in-chief said elections could be held by {{2025}}.",
    ),
    (
        "Afghanistan: ban on girls' schooling enters fourth year",
        "Girls above grade {{6}} have been barred from school in Afghanistan since {{September 2021}}. "
        "UNESCO estimates the ban affects {{about 80%}} of school-age girls and women in the country, and costs the economy {{$500 million}} a year.",
        ["grade 6"],
    ),
    (
        "Ethiopia: birr floated under IMF deal",
        "Ethiopia floated the birr on {{July 29, 2024}}, and it lost {{about 30%}} of its value in a day, trading at {{74}} to the dollar. "
        "The IMF approved a {{$3.4 billion}} loan over {{four years}}.",
    ),
    (
        "Somalia: AUSSOM mandate approved",
        "The Security Council approved the African Union Support and Stabilization Mission in Somalia in {{Resolution 2767}} on {{December 27, 2024}}. "
        "The mission's budget for {{2025}} is estimated at {{$190 million}}, and its mandate runs for {{12 months}} from {{January 1}}.",
    ),
    (
        "DRC: Goma airport still closed",
        "Goma international airport has been closed since {{January 26}}, {{more than five months}}, and its {{3,000-metre}} runway is damaged. "
        "The nearest working airport is at Kigali, {{about 160 km}} away.",
    ),
    (
        "Haiti: Kenyan-led mission funding shortfall",
        "The trust fund for the Multinational Security Support mission had received {{$112 million}} by {{May 2025}}, against an annual need of {{about $600 million}}. "
        "The mission's mandate was renewed under {{Resolution 2751}} until {{October 2, 2025}}.",
    ),
    (
        "Colombia: peace talks with ELN resume in Caracas",
        "Government and ELN negotiators resumed talks in Caracas on {{November 18}}, the {{sixth}} round since {{2022}}. "
        "The {{180-day}} ceasefire expired in {{August}}, and the ELN's {{61st}} anniversary falls in {{July}}.",
    ),
    (
        "Mozambique: LNG project restart date",
        "TotalEnergies said its {{$20 billion}} LNG project in Cabo Delgado could restart in {{mid-2025}}, {{four years}} after work stopped in {{2021}}. "
        "The plant is designed to run for {{25 years}}.",
    ),
    (
        "Mali: MINUSMA withdrawal completed",
        "The UN mission in Mali completed its withdrawal on {{December 31, 2023}}, ending a {{10-year}} deployment, {{six months}} after the junta asked it to leave under {{Resolution 2690}}. "
        "The mission had cost {{about $1.2 billion}} a year.",
    ),
    (
        "Niger: Agadez migrant law repealed",
        "Niger's junta repealed the {{2015}} law criminalising migrant smuggling on {{November 25, 2023}}. "
        "Smugglers had faced up to {{30 years}} in prison under the law, and fines of up to {{45 million CFA francs}}.",
    ),
    (
        "Yemen: Aden electricity cuts",
        "Power cuts in Aden lasted up to {{16 hours}} a day in {{June}}, as temperatures reached {{42 C}}. "
        "The government said it needed {{$70 million}} a month for fuel, and the Saudi grant of {{$200 million}} announced in {{2023}} had run out.",
    ),
    (
        "Ukraine: reconstruction conference in Rome",
        "The {{fourth}} Ukraine Recovery Conference opened in Rome on {{July 10, 2025}}. "
        "The World Bank puts the cost of reconstruction at {{$524 billion}} over {{10 years}}, about {{2.8 times}} Ukraine's {{2024}} GDP.",
    ),
    (
        "Bangladesh: Rohingya education curriculum expands",
        "The Myanmar curriculum pilot in the Cox's Bazar camps was extended to grade {{9}} in {{2023}}, {{two years}} after it began. "
        "Classes run {{three hours}} a day, {{six days}} a week, and teachers earn {{about $80}} a month.",
        ["grade 9"],
    ),
]
