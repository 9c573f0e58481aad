"""dev117 negatives, ceasefire, truce and exchange talks and deals: whole articles around current wars (eval/README.md, section 1)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Israel and Hamas agree Gaza ceasefire and hostage deal after 15 months of war",
        "Israel and Hamas have agreed on a ceasefire in Gaza and the release of hostages held "
        "in the enclave, mediators Qatar and the United States said on Wednesday, after "
        "months of on-off negotiations in Doha. The deal, which is due to take effect on "
        "Sunday, provides for a first phase of six weeks during which 33 Israeli hostages, "
        "including women, children and older men, would be freed in exchange for hundreds of "
        "Palestinian prisoners. Israeli forces would gradually withdraw from populated areas "
        "and displaced Palestinians would be allowed to return to northern Gaza. Qatar's "
        "prime minister said negotiations on a second phase, including a permanent end to the "
        "war, would begin on the 16th day. Israel's cabinet is due to vote on the agreement "
        "on Thursday. President-elect Donald Trump, whose envoy Steve Witkoff joined the "
        "final round of talks, claimed credit for the breakthrough. The war began when "
        "Hamas-led fighters attacked southern Israel on Oct 7, 2023, killing some 1,200 "
        "people, according to Israeli tallies. Israel's offensive has since killed more than "
        "46,000 Palestinians, according to Gaza health authorities.",
        "peace",
    ),
    (
        "Ukraine and Russia agree largest prisoner exchange of the war after Istanbul talks",
        "Ukraine and Russia agreed to exchange 1,000 prisoners of war each after their first "
        "direct talks in more than three years, the heads of both delegations said in "
        "Istanbul on May 16. Ukrainian Defense Minister Rustem Umerov, who led Kyiv's "
        'delegation, said the swap would take place "in the near future" and that the sides '
        "had also discussed a possible meeting between the two presidents. Russia's "
        'delegation, led by presidential aide Vladimir Medinsky, said Moscow had "taken note" '
        "of Ukraine's request for a leaders' meeting. The talks at the Dolmabahce Palace "
        "lasted less than two hours and were hosted by Turkish Foreign Minister Hakan Fidan. "
        "Kyiv had pressed for an unconditional 30-day ceasefire, which Russia rejected. The "
        "Coordination Headquarters for the Treatment of Prisoners of War said families should "
        "not expect to learn names in advance. Ukrainian officials say thousands of "
        "Ukrainians remain in Russian captivity, among them civilians detained in occupied "
        "areas. Turkey's President Recep Tayyip Erdogan, who spoke to both leaders by phone, "
        "offered to host a summit. US Secretary of State Marco Rubio, who was in Istanbul for "
        "a NATO meeting, said Washington would keep pushing for a ceasefire. European leaders "
        "meeting in Tirana said they would coordinate new sanctions if Moscow refused a "
        "truce. The last direct talks between the two sides took place in Istanbul in the "
        "spring of 2022.",
        "peace",
    ),
    (
        "Geneva talks on Sudan open without army delegation",
        "US-sponsored talks on a ceasefire in Sudan opened in Switzerland on Wednesday "
        "without a delegation from the Sudanese Armed Forces, which has refused to attend "
        "until the Rapid Support Forces implement the Jeddah declaration signed last year. "
        "The US special envoy for Sudan, Tom Perriello, said the mediators would go ahead "
        '"with or without" the army, and that the talks would focus on humanitarian access '
        "and the protection of civilians. The RSF sent a delegation to Geneva, where "
        "representatives of Saudi Arabia, Egypt, the United Arab Emirates, the African Union "
        "and the United Nations joined as observers. Sovereign Council member Malik Agar said "
        'the army would not sit with what he called "a militia" before it withdrew from '
        "civilian homes. The talks are expected to last up to ten days. Sudan's war, which "
        "began in April 2023, has displaced more than 10 million people, according to the "
        "International Organization for Migration. Previous rounds in Jeddah produced a "
        "series of short truces that were never respected.",
        "peace",
    ),
    (
        "Colombia and ELN sign six-month ceasefire in Havana",
        "Colombia's government and the ELN guerrilla group signed a bilateral ceasefire in "
        "Havana on Friday, the most significant step yet in the talks that President Gustavo "
        'Petro has made central to his "total peace" policy. The truce will be phased in from '
        "July 6 and take full effect on August 3, lasting 180 days, during which the two "
        "sides will hold a national consultation on the conflict with civil society groups. "
        '"We are writing a new page," Petro said at a ceremony attended by Cuban President '
        "Miguel Diaz-Canel and Venezuelan officials. ELN commander Antonio Garcia said the "
        "rebels remained committed to the process, but warned that the government needed to "
        "do more to rein in paramilitary groups. The ELN, founded in 1964 by students and "
        "radical priests, has about 5,800 members, according to military intelligence. "
        "Previous attempts at talks with the group collapsed under four presidents. Cuba has "
        "hosted the ELN delegation since 2018, and Norway is among the guarantor countries.",
        "peace",
    ),
    (
        "Yemen truce expires as UN envoy fails to win extension",
        "A UN-brokered truce in Yemen expired on Sunday night after the Houthis and the "
        "Saudi-backed government failed to agree on extending and expanding it, UN envoy Hans "
        "Grundberg said. The six-month truce, first agreed in April and renewed twice, had "
        "brought the longest period of relative calm since the war began in 2014. Under its "
        "terms, commercial flights resumed from Sanaa airport to Amman and Cairo, and fuel "
        "ships were allowed into the port of Hodeidah. Grundberg had proposed a six-month "
        "extension that would include paying the salaries of public sector workers and "
        "opening roads around Taiz and other cities. The Houthis said the proposal did not "
        "meet their demands on salaries, and accused the coalition of intransigence. "
        "Grundberg said he would continue his efforts with the parties and urged them to "
        '"maintain calm". Aid agencies said the truce had allowed more food and fuel into the '
        "country, where more than 20 million people depend on aid. Analysts said both sides "
        "appeared keen to avoid a return to full-scale fighting.",
        "peace",
    ),
    (
        "Ethiopia and Tigray forces agree to stop fighting after Pretoria talks",
        "Ethiopia's government and the Tigray People's Liberation Front have agreed to a "
        '"permanent cessation of hostilities" after ten days of talks in South Africa, the '
        "African Union mediator said on Wednesday. Former Nigerian President Olusegun "
        'Obasanjo, who led the talks in Pretoria, called the deal "the beginning of a new '
        'dawn" for Ethiopia. Under the agreement, Tigrayan forces will disarm within 30 days '
        "and federal authorities will restore services such as electricity, banking and "
        "telecommunications to the region. Humanitarian access is to be unhindered. Ethiopian "
        "negotiator Redwan Hussien said both sides had made concessions, while the TPLF's "
        "Getachew Reda said painful compromises had been made to end the suffering of the "
        "people. The agreement does not mention the role of Eritrean troops, whose presence "
        "in Tigray has been widely reported. The two-year war has killed tens of thousands of "
        "people, and some researchers put the toll far higher. The AU said a monitoring panel "
        "would oversee the implementation.",
        "peace",
    ),
    (
        "Congo and Rwanda sign US-brokered peace agreement at State Department",
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace "
        "agreement in Washington on Friday, committing to end support for armed groups on "
        "each other's territory and to set up a joint security mechanism within 30 days. "
        "Secretary of State Marco Rubio hosted the ceremony, which President Donald Trump "
        'later described as a triumph. The deal calls for the "disengagement" of Rwandan '
        "forces from eastern Congo and for Kinshasa to neutralise the FDLR, a Hutu militia "
        "founded by people linked to the 1994 genocide. It also envisages a regional economic "
        "framework that could open the way for US investment in Congo's mineral sector. The "
        "M23 rebel group, which seized Goma and Bukavu earlier this year, was not a party to "
        "the agreement and is negotiating separately with Kinshasa in Doha. Congolese Foreign "
        "Minister Therese Kayikwamba Wagner said the agreement would be meaningless without a "
        "withdrawal. Rwanda's foreign minister, Olivier Nduhungirehe, said there was \"a lot "
        'of uncertainty" in the region.',
        "peace",
    ),
    (
        "Lebanon ceasefire holds on first day as displaced families head south",
        "A ceasefire between Israel and Hezbollah took effect at 4 in the morning on "
        "Wednesday, and thousands of displaced Lebanese families set off for their homes in "
        "the south and the Bekaa valley within hours, their cars piled with mattresses and "
        "suitcases. Traffic jams stretched along the coastal highway from Beirut to Sidon, "
        "and some drivers waved flags and pictures of Hezbollah leaders. The Lebanese army "
        "said it would begin deploying troops to the south and urged residents not to "
        "approach front-line villages until it had done so. The Israeli military told "
        "residents of about 60 villages not to return yet. Under the US- and French-brokered "
        "deal, Israeli forces are to withdraw from southern Lebanon over 60 days, while "
        "Hezbollah must move its fighters and weapons north of the Litani river. A committee "
        "chaired by the United States will monitor implementation. Prime Minister Najib "
        'Mikati called the ceasefire "a fundamental step toward restoring calm". More than '
        "3,800 people were killed in Lebanon during the 14 months of hostilities, according "
        "to the health ministry.",
        "peace",
    ),
    (
        "Junta and Brotherhood Alliance agree to ceasefire at Chinese-hosted talks in Kunming",
        "Myanmar's military regime and the Three Brotherhood Alliance of ethnic armed groups "
        "agreed to an immediate ceasefire in northern Shan State after two days of talks "
        "hosted by China in Kunming, Beijing's foreign ministry said on Friday. The two sides "
        'agreed to disengage their troops, to resolve disputes through "peaceful negotiation" '
        "and not to harm the safety of border residents and Chinese people living near the "
        "frontier, spokesperson Mao Ning said. The agreement follows earlier rounds in "
        "Haigeng and Kunming that produced a brief pause in December. The alliance captured "
        "several towns along the China border in a three-month offensive that began in late "
        "October, including Laukkai, the capital of the Kokang region. Resistance groups "
        "elsewhere in the country said the agreement did not bind them. An Irrawaddy analyst "
        "said Beijing's priority was reopening border trade, which has been cut since "
        'November. The junta said it hoped for "lasting peace" in the area.',
        "peace",
    ),
]
