"""dev62 items: Rohingya in Bangladesh, the Bay of Bengal and the Andaman Sea (Aceh, Malaysia,
Thailand, Sri Lanka), and Afghans deported or pushed out of Iran and Pakistan.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "UNHCR fears Rohingya boat lost in Andaman Sea",
    "UNHCR said it feared [[about 180 Rohingya|missing;a=UNHCR]] had drowned after their boat, which left Cox's Bazar on {{November 25}}, lost contact with relatives in early {{December}}. "
    "The agency said [[more than 3,500 Rohingya|displaced;a=The agency;alt=UNHCR]] attempted sea crossings in {{2022}}, and [[at least 348|killed;a=The agency;alt=UNHCR]] died or went missing, the deadliest year since {{2014}}.",
)

F(
    "Rohingya boats keep landing in Aceh as locals push back",
    "[[More than 1,000 Rohingya|displaced;a=UNHCR]] have landed in Aceh since mid-November aboard [[seven boats|other;a=UNHCR]], UNHCR said. "
    "On Wednesday, hundreds of students stormed a convention hall in Banda Aceh and forced [[137 refugees|displaced]] onto trucks to be moved to the immigration office. "
    "Police arrested [[three Indonesians|arrested]] accused of being paid {{$600}} a passenger by smugglers.",
)

F(
    "Rohingya camps in Cox's Bazar face ration cuts",
    "[[About 1 million Rohingya refugees|displaced;a=the World Food Programme]] live in [[33 camps|capacity;a=the World Food Programme]] in Cox's Bazar, where the World Food Programme said it would cut rations to {{$8}} a person a month from {{$12}}. "
    "[[About 150,000 more|displaced;n=-;a=Bangladeshi officials]] have arrived since fighting in Rakhine intensified in {{2024}}, Bangladeshi officials say.",
)

F(
    "More Rohingya moved to Bhasan Char island",
    "Bangladesh's navy ferried [[1,500 Rohingya|displaced]] to Bhasan Char on Tuesday, bringing the number relocated to the silt island to [[more than 36,000|displaced;a=officials]], officials said. "
    "The island, about {{60 kilometres}} from the mainland, was built to house [[100,000 people|capacity]] in [[120 clusters of houses|capacity;n=clusters;u=structure]]. "
    "Rights groups said [[dozens|arrested;a=Rights groups]] had been caught trying to flee by boat in the past month.",
)

F(
    "Rohingya detainees break out of Malaysian depot",
    "[[528 Rohingya detainees|other;a=Malaysia's immigration department]] broke out of a temporary immigration depot in Penang state before dawn, Malaysia's immigration department said. "
    "[[Six|killed]] were hit by vehicles as they ran across a highway. "
    "Police said they had recaptured [[about 360|arrested;a=Police]] by the evening and were still hunting for the rest.",
)

F(
    "Myanmar junta detains Rohingya trying to flee by sea",
    "Myanmar authorities detained [[about 50 Rohingya|arrested;a=state media]] including [[a dozen children|arrested;a=state media]] on a beach near Sittwe, state media reported, as they waited to board a boat for Malaysia. "
    "Each had paid smugglers {{1.5 million kyat}}, about {{$700}}.",
)

F(
    "Bodies of Rohingya found on Thai island",
    "Thai police found [[the bodies of 12 Rohingya|killed;a=Thai police;n=Rohingya]] on a beach on Koh Lipe and were searching for [[more than 30 others|missing]] from the same boat. "
    "[[Twenty-one survivors|other]] told police the boat had left Myanmar about {{two weeks}} before with [[about 70 people|displaced]].",
)

F(
    "Afghans pour back from Iran as deportations accelerate",
    "IOM said [[more than 1.5 million Afghans|returned;a=IOM]] had returned or been deported from Iran in {{2025}}, [[about 500,000 of them|returned;n=-;a=IOM]] in the {{four weeks}} after Tehran's {{July 6}} deadline for undocumented Afghans to leave. "
    "At the Islam Qala crossing in Herat, officials were registering [[up to 40,000 people a day|returned;a=officials]], many of them deported from detention in Mashhad.",
)

F(
    "Pakistan says half a million Afghans left",
    "Pakistan's interior ministry said [[more than 500,000 Afghans|returned;a=Pakistan's interior ministry]] had left since the crackdown on undocumented foreigners began on {{November 1, 2023}}, [[about 20,000|returned;a=Pakistan's interior ministry]] of them deported after arrest. "
    "Police have arrested [[about 25,000 Afghans|arrested]] in Karachi and Islamabad alone. "
    "UNHCR says [[about 1.3 million|displaced;a=UNHCR]] hold Proof of Registration cards, and [[another 600,000|displaced;a=UNHCR]] arrived after the Taliban took power in {{August 2021}}.",
)

F(
    "Families wait for days at Torkham",
    "[[Thousands of Afghan families|displaced]] waited in the open at Torkham for up to {{four days}} to cross home, aid workers said. "
    "A transit camp on the Afghan side held [[about 15,000 people|displaced;a=the Norwegian Refugee Council]] on Monday, the Norwegian Refugee Council said, and it had put up [[200 tents|aid;a=the Norwegian Refugee Council]]. "
    "Returnees receive about {{$150}} per family and a SIM card.",
)

F(
    "UNHCR tallies Afghan returns and those left in Iran",
    "UNHCR said [[2.1 million Afghans|returned;a=UNHCR]] had returned to Afghanistan from Iran and Pakistan in the year to {{September}}, while [[an estimated 4.5 million|displaced;a=UNHCR]] remained in Iran. "
    "It appealed for {{$216 million}}, and said only {{28%}} of its Afghan plan was funded.",
)

F(
    "Bangladesh struggles to fund Rohingya response",
    "The {{2025}} joint response plan for the Rohingya seeks {{$934 million}}, and only {{28%}} had been received by {{June}}, the {{eighth}} year of the crisis. "
    "Aid groups said the WFP food voucher, worth {{$12}} a month, was the lowest since {{2017}}, and that classes for children were cut to {{two hours}} a day.",
)

F(
    "Twin shipwrecks off Myanmar feared to have killed hundreds",
    "UNHCR said [[427 Rohingya|missing;a=UNHCR]] were feared to have drowned when [[two boats|other;a=UNHCR]] sank off Myanmar on {{May 9}} and {{May 10}}. "
    "Only [[87 people|other;a=UNHCR]] survived the {{second}} sinking, it said, and [[one child|other;a=UNHCR]] was rescued from the first.",
)

F(
    "Sri Lankan navy rescues Rohingya off Mullaitivu",
    "Sri Lanka's navy said it had rescued [[102 Rohingya|other;a=Sri Lanka's navy]], among them [[25 children|other;a=Sri Lanka's navy]], from a trawler drifting about {{6 nautical miles}} off Mullaitivu. "
    "They had been at sea for {{about three weeks}} after leaving Cox's Bazar for Indonesia, and [[two|killed]] had died on the way.",
)

F(
    "Pakistani police detain Afghans in Islamabad sweep",
    "Police in Islamabad detained [[more than 800 Afghans|arrested;a=a police official]] in raids on [[three neighbourhoods|other;u=other;a=a police official]] over the weekend, a police official said. "
    "[[About 300|arrested;a=a police official]] were sent to a holding centre in Haji Camp for deportation, he said. "
    "Pakistan has given Afghans with Afghan Citizen Cards until {{March 31}} to leave.",
)

F(
    "Thai police exhume bodies at abandoned trafficking camp",
    "Thai police exhumed [[26 bodies|killed;a=a police general]] from shallow graves at an abandoned jungle camp in Songkhla province used by traffickers to hold Rohingya and Bangladeshis, a police general said. "
    "[[One survivor|other]] was found in the camp, suffering from malaria. "
    "Police later arrested [[about 50 suspects|arrested]], among them a provincial mayor.",
)

F(
    "Bangladesh coast guard intercepts Rohingya boat off Teknaf",
    "Bangladesh's coast guard intercepted a trawler carrying [[58 Rohingya|other;a=a coast guard spokesman]] off Teknaf and arrested [[four Bangladeshi boatmen|arrested;a=a coast guard spokesman]], a coast guard spokesman said. "
    "The refugees were taken back to the camps in Ukhiya.",
)

F(
    "Afghan women deported from Iran reach Herat",
    "The UN said [[about 1,400 women and girls|returned;a=The UN;n=women and girls]] travelling alone had crossed back from Iran at Islam Qala in {{the past week}}, most of them deported. "
    "Women cannot travel more than {{72 kilometres}} in Afghanistan without a male guardian. "
    "Aid agencies run [[four reception centres|capacity]] at the crossing.",
)

F(
    "Rohingya refugees in Indian detention",
    "Human Rights Watch said Indian authorities had detained [[about 1,500 Rohingya|arrested;a=Human Rights Watch]] in Jammu since {{March 2021}} and held [[more than 270|arrested;a=Human Rights Watch]] in a holding centre in Hiranagar, a former prison. "
    "[[About 40,000 Rohingya|displaced]] are thought to live in India.",
)

F(
    "Rohingya slip across the Naf as fighting rages in Maungdaw",
    "Bangladeshi border guards said [[between 2,000 and 3,000 Rohingya|displaced;a=Bangladeshi border guards]] had slipped across the Naf river in a week as fighting raged in Maungdaw, and that they had pushed back [[about 20 boats|other;a=Bangladeshi border guards]] carrying [[hundreds of people|other;a=Bangladeshi border guards]]. "
    "Each boat held [[30-40 people|other;a=a guard]], a guard said.",
)
