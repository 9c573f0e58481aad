"""Negatives of dev69: troop withdrawals, summits and sanctions (politics), and peace accords, DDR
ceremonies, dialogues and mandate renewals (peace).

Each item: (title, text, kind code); kind codes from eval/conflictset KIND_CODES.
"""

NEGATIVES = [
    (
        "Last French soldiers leave Niger as withdrawal is completed",
        "The last French soldiers stationed in Niger left the country on Friday, completing a "
        "withdrawal demanded by the military authorities after the July coup, the French general "
        "staff said. About 1,500 troops and their equipment had been moved out by road through "
        'Chad and by air over the past three months. Niger\'s junta called the date "a new era" '
        "and declared it a day of national sovereignty.",
        "politics",
    ),
    (
        "France hands over its last base in Chad as military presence ends",
        "French forces handed over the Kossei base in N'Djamena to the Chadian army on Thursday "
        "in a brief ceremony, ending more than six decades of permanent French military "
        "presence in the country. Chad had terminated the defence cooperation agreement in "
        'November, saying it wanted to "fully affirm its sovereignty". The last transport '
        "aircraft carrying French personnel left in the afternoon.",
        "politics",
    ),
    (
        "MINUSMA lowers UN flag in Bamako as mission ends after ten years",
        "The UN mission in Mali (MINUSMA) held its final flag-lowering ceremony in Bamako on "
        "Monday, ending a decade-long deployment after the military authorities demanded its "
        "departure. The mission said it had handed over its camps to the Malian authorities and "
        "that a residual team would remain to oversee the liquidation of its assets. At its peak, "
        "the mission had more than 13,000 uniformed personnel. Its budget made it one of the most "
        "expensive UN operations in the world.",
        "politics",
    ),
    (
        "US troops complete withdrawal from drone base in Agadez",
        "The United States completed the withdrawal of its troops from Air Base 201 in Agadez on "
        "Monday, handing the facility over to the Nigerien armed forces, the two governments said "
        "in a joint statement. The base, built at a cost of about $110 million, was used to fly "
        "surveillance drones over the Sahel. Niger's junta had revoked the military cooperation "
        "agreement with Washington in March.",
        "politics",
    ),
    (
        "ECOWAS summit takes note of exit of Mali, Burkina Faso and Niger",
        "West African heads of state meeting in Abuja on Sunday took note of the withdrawal of "
        "Mali, Burkina Faso and Niger from ECOWAS and set a six-month transition period to "
        "negotiate the terms of their departure. The regional bloc's chairman said the door would "
        "remain open for the three countries to return. Senegal's president was asked to continue "
        "his mediation with the Sahel capitals. The summit also discussed the free movement of "
        "people and goods between the bloc and the Sahel states.",
        "politics",
    ),
    (
        "Sahel juntas sign confederation treaty at Niamey summit",
        "The leaders of Mali, Burkina Faso and Niger signed a treaty creating a confederation of "
        "the Alliance of Sahel States (AES) at their first summit in Niamey on Saturday, and "
        "announced plans for a common passport, a joint investment bank and a unified force of "
        'several thousand men. General Tiani said the three countries had "turned their backs on '
        'ECOWAS for good". The next summit is to be held in Ouagadougou.',
        "politics",
    ),
    (
        "ECOWAS imposes sanctions on Mali over delayed elections",
        "ECOWAS leaders meeting in Accra imposed sanctions on Mali on Sunday, closing their land "
        "and air borders with the country, freezing its assets at the regional central bank and "
        "suspending most trade. The bloc said the junta's plan to stay in power for up to five "
        'more years was "totally unacceptable". Mali\'s government called the measures '
        '"illegitimate" and recalled its ambassadors from member states. Malians queued at banks '
        "in Bamako to withdraw cash. The junta called for rallies in support of the government, "
        "which drew a large crowd to Independence Square on Friday.",
        "politics",
    ),
    (
        "US sanctions Rwandan minister over support for M23",
        "The US Treasury imposed sanctions on Wednesday on Rwanda's minister of state for "
        "regional integration, saying he had played a central role in coordinating Kigali's "
        "support for the M23 rebel group. Any assets he holds under US jurisdiction are frozen. "
        'Rwanda\'s government spokeswoman called the sanctions "unjustified" and said they would '
        "not help the Luanda and Nairobi peace processes. The European Union had imposed similar "
        "measures on several M23 commanders last year.",
        "politics",
    ),
    (
        "MONUSCO hands over Bunyakiri base as it leaves South Kivu",
        "The UN mission in the DRC (MONUSCO) handed over its base in Bunyakiri to the Congolese "
        "police on Sunday, the first step of its disengagement from South Kivu, a province it has "
        "been in for more than twenty years. The mission said the remaining bases in the province "
        "would be closed by the end of June. The governor thanked the peacekeepers and said the "
        "Congolese security forces were ready to take over. About 2,000 peacekeepers are to leave "
        "the province in the coming months.",
        "politics",
    ),
    (
        "Central Africans approve new constitution removing presidential term limits",
        "Voters in the Central African Republic approved a new constitution that removes the "
        "two-term limit on the presidency, with 95% in favour, according to provisional results "
        "announced by the electoral authority. The opposition, which called for a boycott, said "
        "turnout had been far lower than the 61% announced. The new text allows President "
        "Faustin-Archange Touadéra to run for a third term. The results must still be confirmed "
        "by the Constitutional Council.",
        "politics",
    ),
    (
        'Burundi\'s president vows to "wage war on hunger" by 2040',
        "Burundi's president Évariste Ndayishimiye launched a national campaign on Friday to "
        '"wage war on hunger", telling farmers in Gitega province that every household should '
        'have enough to eat by 2040. He urged the provinces to mobilise "like soldiers" behind '
        "irrigation and fertiliser programmes. Economists said the plan lacked funding as fuel "
        "shortages and inflation weigh on the economy.",
        "politics",
    ),
    (
        "Congolese and Rwandan ministers sign US-brokered peace deal at the State Department",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
        "agreement in Washington on Friday, committing to respect each other's territorial "
        "integrity and to end support for armed groups. The agreement provides for a joint "
        "security coordination mechanism and a regional economic integration framework. The US "
        'secretary of state hailed "a historic day", while Congolese civil society groups said '
        "the deal must be judged on its results in the east. The two presidents are to meet in "
        "Washington within weeks to seal the deal.",
        "peace",
    ),
    (
        "Congo's government and M23 rebels sign Doha declaration on permanent ceasefire",
        "Representatives of the Congolese government and the M23 rebel movement signed a "
        "declaration of principles in Doha on Saturday, committing to a permanent ceasefire and "
        "to negotiations on a final peace agreement, Qatar's foreign ministry said. The text "
        "provides for the restoration of state authority in the east and the return of refugees. "
        "Both sides said the agreement was a first step.",
        "peace",
    ),
    (
        "Government and 14 armed groups sign peace accord in Bangui",
        "The government of the Central African Republic and 14 armed groups signed a peace "
        "agreement in Bangui on Wednesday after talks held in Khartoum under the African Union. "
        "The accord provides for an inclusive government, mixed special security units and the "
        'demobilisation of fighters. President Touadéra said it was "a great day for our '
        'country", while the UN called on all signatories to implement it in good faith.',
        "peace",
    ),
    (
        "Former fighters hand in weapons at DDR ceremony in Bouar",
        "Some 200 former fighters of the 3R armed group handed in their weapons and ammunition at "
        "a ceremony in Bouar on Saturday, under the national disarmament, demobilisation and "
        "reintegration programme, MINUSCA said. Each former combatant received a kit and will "
        'follow training in farming or mechanics. The prefect said the ceremony showed "the will '
        'of the children of the Nana-Mambéré to turn the page". The 3R was among the signatories '
        "of the 2019 peace agreement.",
        "peace",
    ),
    (
        "Inter-Malian dialogue ends with call to negotiate with jihadists",
        "The inter-Malian dialogue for peace and reconciliation closed in Bamako on Friday with "
        "some 300 recommendations, including opening talks with jihadist groups and extending the "
        "transition. Delegates also called for the dissolution of political parties. Religious "
        'leaders said dialogue with "our sons who have taken up arms" should be led by Malians '
        "alone.",
        "peace",
    ),
    (
        "Renamo's last base closes as disarmament programme ends",
        "The last base of the former rebel movement Renamo, in the Gorongosa mountains of central "
        "Mozambique, closed on Thursday, marking the end of the disarmament and demobilisation of "
        "more than 5,000 former fighters, the government said. President Filipe Nyusi said the "
        'country had "closed a chapter of armed confrontation" between Mozambicans. The former '
        "fighters received reintegration payments and pensions. Renamo's leader, Ossufo Momade, "
        "attended the ceremony in a Renamo cap.",
        "peace",
    ),
    (
        "Chad's junta and rebel groups sign peace deal in Doha",
        "Chad's transitional government and more than 30 armed opposition groups signed a peace "
        "agreement in Doha on Monday, opening the way for a national dialogue in N'Djamena, the "
        "Qatari mediators said. The main rebel group, FACT, refused to sign. The agreement "
        "provides for a ceasefire, an amnesty and the release of prisoners of war.",
        "peace",
    ),
    (
        "Cameroon opens major national dialogue on Anglophone crisis",
        'Cameroon\'s prime minister opened a "major national dialogue" in Yaoundé on Monday to '
        "seek solutions to the crisis in the country's two English-speaking regions. Some 600 "
        "delegates, including religious leaders and former separatist sympathisers, are to "
        "discuss decentralisation, bilingualism and the return of refugees and the displaced. The "
        "main separatist leaders, who live abroad, refused to take part.",
        "peace",
    ),
    (
        "Security Council renews MONUSCO mandate for a year",
        "The UN Security Council on Thursday renewed the mandate of the peacekeeping mission in "
        "the DRC (MONUSCO) for one year, while endorsing a gradual and responsible withdrawal "
        "plan agreed with Kinshasa. The resolution was adopted unanimously. The mission's "
        "authorised troop ceiling will be reduced as bases in the provinces are handed over to "
        "the national authorities.",
        "peace",
    ),
    (
        "Former Boko Haram members graduate from Goudoumaria centre in Niger",
        "Around 200 former Boko Haram members graduated on Saturday from the reintegration centre "
        "of Goudoumaria, in Niger's Diffa region, after months of vocational training and "
        'religious education, the regional governor said. The "repentants" will return to their '
        "communities with start-up kits for farming, tailoring and livestock. Village leaders "
        "attended the ceremony and pledged to welcome them back.",
        "peace",
    ),
    (
        "Armed groups of northern Mali sign truce in Anefis",
        "Rival armed groups of northern Mali signed a truce in Anefis on Sunday, pledging to end "
        "hostilities between them and to open the roads to trade and humanitarian aid, the "
        "mediators said. Tuareg and Arab community leaders attended the signing, which ended a "
        "week of talks. The groups said they would now work to implement the peace agreement "
        "signed in Bamako in June.",
        "peace",
    ),
]
