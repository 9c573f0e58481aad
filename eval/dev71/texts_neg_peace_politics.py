"""dev71 negatives: peace processes, surrenders and ceasefires; elections, the South China Sea as
diplomacy, and politics in the vocabulary of war."""

NEGATIVES = [
    (
        "Government, NDF panels resume talks in Oslo",
        "Negotiators of the Philippine government and the National Democratic Front of the "
        "Philippines opened a new round of peace talks in Oslo on Monday, with the Royal "
        "Norwegian Government as third-party facilitator. The agenda includes social and "
        "economic reforms and the release of detained NDF consultants. Both panels said they "
        "hoped to agree on an indefinite ceasefire between the Armed Forces and the New People's "
        "Army before the end of the year. Formal talks had been suspended for more than a year. "
        "The government panel's chairman said trust had to be rebuilt on both sides.",
        "peace",
    ),
    (
        "Bangsamoro Organic Law ratified in plebiscite",
        "Voters in Mindanao's Muslim-majority areas ratified the Bangsamoro Organic Law, the "
        "Commission on Elections announced on Friday, clearing the way for a new autonomous "
        "region run by the Moro Islamic Liberation Front during a transition period. Cotabato "
        "City voted to join the region by a narrow margin. MILF chairman Murad Ebrahim called "
        "the result the fruit of decades of struggle and negotiation.",
        "peace",
    ),
    (
        "1,500 MILF combatants hand over firearms in decommissioning rite",
        "About 1,500 combatants of the Moro Islamic Liberation Front turned over their firearms "
        "to the Independent Decommissioning Body in Sultan Kudarat, Maguindanao, on Wednesday, "
        "under the normalisation track of the 2014 peace agreement. Each decommissioned "
        "combatant will receive cash assistance and livelihood packages. Some of the weapons "
        "handed over were mortars and rocket launchers.",
        "peace",
    ),
    (
        "12 NPA rebels return to the fold of the law in Agusan del Sur",
        "Twelve members of the New People's Army surrendered to the Army's 26th Infantry "
        "Battalion in Esperanza, Agusan del Sur, bringing with them nine high-powered firearms, "
        "the military said on Saturday. The former rebels said hunger and the death of their "
        "leaders had convinced them to return to the fold of the law. They will receive "
        "assistance under the government's Enhanced Comprehensive Local Integration Programme.",
        "peace",
    ),
    (
        "Twenty-six Maoists surrender in Dantewada under Lon Varratu",
        "Twenty-six Maoists, three of them carrying rewards on their heads, surrendered before "
        "senior police and CRPF officers in Dantewada on Monday under the 'Lon Varratu' (Return "
        "to your Home) campaign. They said they were disillusioned with the hollow ideology of "
        "the movement. Each will receive an immediate assistance of Rs 50,000 under the State's "
        "rehabilitation policy.",
        "peace",
    ),
    (
        "ULFA faction signs tripartite peace accord with Centre, Assam",
        "The pro-talks faction of the United Liberation Front of Asom signed a tripartite "
        "memorandum of settlement with the Union government and the Assam government in New "
        "Delhi on Friday, agreeing to give up violence, disband and surrender its weapons. The "
        "Union Home Minister called it a historic day for the Northeast. The anti-talks faction "
        "led by Paresh Baruah was not part of the accord.",
        "peace",
    ),
    (
        "Thai panel, BRN agree on road map at Kuala Lumpur talks",
        "Thai government negotiators and the Barisan Revolusi Nasional agreed on a joint "
        "comprehensive plan towards peace in the southern border provinces at talks facilitated "
        "by Malaysia in Kuala Lumpur, the delegations said on Wednesday. The plan covers a "
        "reduction of violence, public consultations and political solutions. Civil society "
        "groups in Pattani welcomed the step but called for more transparency.",
        "peace",
    ),
    (
        "Thailand-Cambodia ceasefire takes effect at midnight",
        "An unconditional ceasefire between Thailand and Cambodia took effect at midnight on "
        "Monday after the two Prime Ministers met in Putrajaya with Malaysia's Prime Minister as "
        "ASEAN chair. Military commanders from both sides are due to meet on Tuesday, and a "
        "General Border Committee meeting will follow within days. Both governments said they "
        "would allow observers from ASEAN countries. The truce followed five days of clashes "
        "along the border.",
        "peace",
    ),
    (
        "China says junta, MNDAA agree to formal ceasefire in Kunming talks",
        "China's foreign ministry said on Monday that Myanmar's military and the Myanmar "
        "National Democratic Alliance Army had agreed to a formal ceasefire after talks in "
        "Kunming. Under the deal the MNDAA will withdraw from Lashio and hand the city back to "
        "the military council, and China will monitor the arrangement. Residents said they hoped "
        "to return home and reopen their shops.",
        "peace",
    ),
    (
        "India, Pakistan DGMOs agree to strict observance of LoC ceasefire",
        "The Directors General of Military Operations of India and Pakistan agreed to the strict "
        "observance of all agreements and the ceasefire along the Line of Control and all other "
        "sectors from midnight, a joint statement said on Thursday. The two officers discussed "
        "the situation over the established hotline. Residents of border villages in Uri and "
        "Poonch welcomed the announcement.",
        "peace",
    ),
    (
        "Nepal passes transitional justice amendment after 18 years",
        "Nepal's Parliament passed amendments to the law governing the Truth and Reconciliation "
        "Commission and the Commission on Investigation of Enforced Disappeared Persons, nearly "
        "18 years after the Comprehensive Peace Accord ended the decade-long Maoist insurgency. "
        "Victims' groups welcomed the bill but said serious violations should not be open to "
        "amnesty. The commissions are expected to resume hearing thousands of pending "
        "complaints.",
        "peace",
    ),
    (
        "Enga clans exchange pigs and cash to end decade-old tribal fight",
        "Leaders of two warring clans in Wapenamanda district gathered on Saturday for a peace "
        "ceremony, exchanging pigs and kina in compensation and breaking arrows as a sign that "
        "their fight was over, provincial officials said. Church leaders and the provincial "
        "peace and good order committee brokered the deal. The provincial administrator said "
        "schools in the area would reopen next term.",
        "peace",
    ),
    (
        "Kurram grand jirga signs peace agreement, roads to reopen",
        "Elders of the rival tribes of Kurram signed a 14-point peace agreement in Kohat on "
        "Wednesday, ending weeks of negotiations by a grand jirga, provincial officials said. "
        "Under the deal bunkers are to be demolished and private weapons handed over, and the "
        "Thall-Parachinar road will reopen in stages under security escort. The KP government "
        "spokesman called it a milestone.",
        "peace",
    ),
    (
        "Manila protests 'illegal presence' of Chinese vessels at Julian Felipe Reef",
        "The Department of Foreign Affairs said on Wednesday it had filed a diplomatic protest "
        "over the continued presence of more than 200 Chinese maritime militia vessels at Julian "
        "Felipe Reef, inside the Philippines' exclusive economic zone. It asked Beijing to "
        "withdraw the vessels. The Chinese embassy said the boats were fishing vessels "
        "sheltering from the weather.",
        "politics",
    ),
    (
        "Prabowo claims victory as quick counts show first-round win",
        "Defence Minister Prabowo Subianto claimed victory in Indonesia's presidential election "
        "on Wednesday evening, as quick counts by several pollsters showed him winning about 58 "
        "percent of the vote, enough to avoid a run-off. His running mate is the outgoing "
        "President's eldest son. The General Elections Commission will announce official results "
        "next month.",
        "politics",
    ),
    (
        "Mobile services suspended on polling day as Pakistan votes",
        "The interior ministry suspended mobile phone services across Pakistan on polling day, "
        "citing the security situation, as voters chose a new National Assembly and four "
        "provincial assemblies on Thursday. Candidates of the PTI, contesting as independents "
        "after the party lost its election symbol, complained that their polling agents could "
        "not report results. The Election Commission delayed announcing the first results until "
        "the early hours of Friday. Several parties alleged rigging in the count. Foreign "
        "observers said the voting itself had been orderly. Turnout was put at about 48 percent.",
        "politics",
    ),
    (
        "Junta holds first phase of election in 102 townships",
        "Myanmar's military government held the first phase of its general election on Sunday in "
        "102 of the country's 330 townships, with the military-backed Union Solidarity and "
        "Development Party expected to win. Voting was not held in areas outside the junta's "
        "control. Western governments and the National Unity Government dismissed the poll as a "
        "sham, while China and Russia sent observers.",
        "politics",
    ),
    (
        "Yunus sworn in as head of Bangladesh interim government",
        "Nobel laureate Muhammad Yunus was sworn in as chief adviser of Bangladesh's interim "
        "government at Bangabhaban on Thursday, with a council of advisers that includes two "
        "student leaders. He pledged to restore law and order and hold free elections after "
        "reforms. Diplomats, army chiefs and civil society leaders attended the ceremony.",
        "politics",
    ),
    (
        "Dissanayake sworn in as Sri Lanka's president after second count",
        "Anura Kumara Dissanayake, leader of the leftist National People's Power alliance, was "
        "sworn in as Sri Lanka's president on Monday after winning the first election to go to a "
        "second count of preference votes. He promised to fight corruption and renegotiate parts "
        "of the IMF programme. The election passed off without major incidents, monitors said.",
        "politics",
    ),
    (
        "Record turnout as J&K votes in first Assembly poll in a decade",
        "Voters queued from early morning in the third and final phase of the Jammu and Kashmir "
        "Assembly election on Tuesday, taking the overall turnout above 63 percent, the Election "
        "Commission said. It was the first Assembly poll since the region lost its special "
        "status and statehood in 2019. Officials said polling was peaceful, with no untoward "
        "incident reported.",
        "politics",
    ),
    (
        "New Caledonia leaders sign Bougival accord creating 'State of New Caledonia'",
        "Representatives of New Caledonia's pro-independence and loyalist parties signed an "
        "agreement with the French state at Bougival, near Paris, on Saturday that would create "
        "a 'State of New Caledonia' within the French Republic with its own nationality. The "
        "deal must be approved by the French Parliament and by a local referendum. Some Kanak "
        "groups rejected it on their return to Nouméa.",
        "politics",
    ),
    (
        "Court dissolves Move Forward, bans leaders from politics",
        "Thailand's Constitutional Court dissolved the opposition Move Forward Party on "
        "Wednesday over its campaign to amend the royal insult law, and banned its former leader "
        "and ten executives from politics for ten years. The party won the most seats in last "
        "year's election but was blocked from forming a government. Its lawmakers said they "
        "would regroup under a new party.",
        "politics",
    ),
    (
        "President's Rule imposed in Manipur after CM resigns",
        "President's Rule was imposed in Manipur on Thursday, days after Chief Minister Biren "
        "Singh resigned, and the Assembly was placed under suspended animation, a notification "
        "from the Union Home Ministry said. The ruling party had failed to agree on a successor. "
        "The Governor will run the State with the help of advisers.",
        "politics",
    ),
    (
        "Surgical strike on black money: Rs 500, Rs 1,000 notes scrapped",
        "The Prime Minister announced in a televised address on Tuesday night that Rs 500 and Rs "
        "1,000 notes would cease to be legal tender from midnight, calling the move a surgical "
        "strike on black money, fake currency and terror funding. Long queues formed outside "
        "ATMs and banks within hours. Opposition parties called it an attack on the poor.",
        "politics",
    ),
    (
        "Battle over 26th amendment: govt claims numbers in Senate",
        "The ruling coalition said on Sunday it had the two-thirds majority needed in the Senate "
        "to pass the 26th constitutional amendment, after a day of frantic lobbying for the "
        "votes of independent senators and of JUI-F. The PTI accused the government of an attack "
        "on the judiciary, since the amendment changes how the chief justice is appointed.",
        "politics",
    ),
]
