"""dev442 items: the held and the freed, 2015-2026: UN and NGO staff detained by the Houthis,
crews seized at sea, hostages of al-Qaeda, arrests, executions and prisoner swaps
(16 texts, 2 without figures)."""

from _wrap import item

item(
    "Houthis detain UN staff in sweep across the north",
    """
NEW YORK/SANAA - The Houthis have detained [[at least 11 UN staff members|arrested;a=the United
Nations]] in raids on homes and offices across the north, the United Nations said on Friday.
Rights groups say [[about 50 employees|arrested;a=Rights groups]] of aid groups, embassies and
civil society organisations were also taken, [[four|arrested;a=Rights groups]] of them women.
[[Six|arrested;a=a UN spokesman]] of the UN staff work for the human rights office, a UN
spokesman said, adding that [[four other UN staff|arrested;a=a UN spokesman]] detained in
{{2021}} and {{2023}} were still being held. The Houthis' Saba agency published what it said were
the confessions of [[10 members|arrested;a=The Houthis' Saba agency]] of an "American-Israeli
spy network". The UN has since relocated [[some 40 international staff|displaced;a=The UN]] from
Sanaa to Aden, it said.
""",
)

item(
    "UN halts work in Saada after more staff are seized",
    """
GENEVA - The UN said on Monday it was suspending its work in Saada province after the Houthis
detained [[eight more UN staff|arrested;a=The UN]], bringing to [[24|arrested;a=The UN]] the
number of its personnel held since June. The World Food Programme said [[one of its
staff|killed;a=The World Food Programme]] had died in detention in Saada last week. The agency
said his death forced it to halt distributions to [[about 1.2 million people|aid;a=The
agency;alt=The World Food Programme]] in the province. The rights group Mwatana says the Houthis
are holding [[more than 1,000 people|arrested;a=The rights group Mwatana]] without charge, among
them [[at least 30 journalists|arrested;a=The rights group Mwatana]].
""",
)

item(
    "Car carrier's crew freed after fourteen months",
    """
MUSCAT - The Houthis on Wednesday freed the [[25 crew members|kidnapped;a=Oman's foreign
ministry]] of the car carrier Ardmore Tide, whom they had held since seizing the ship in
{{November 2023}}, and flew them to Muscat, Oman's foreign ministry said. The seafarers,
[[17 Filipinos|kidnapped]], [[three Ukrainians|kidnapped]], [[two Bulgarians|kidnapped]], [[two
Mexicans|kidnapped]] and [[one Romanian|kidnapped]], had spent {{430 days}} on the ship and
ashore in Hodeidah. The Houthis' Supreme Political Council said the release was meant to support
the ceasefire in Gaza. The captain, a {{59-year-old}} Bulgarian, told reporters in Muscat the
crew had been allowed to call home once a month. The International Transport Workers' Federation
says [[more than 3,000 seafarers|civilians;a=The International Transport Workers' Federation]]
have been aboard ships attacked by the Houthis since {{2023}}.
""",
)

item(
    "Hundreds freed in largest swap of the war",
    """
SANAA/ADEN - The International Committee of the Red Cross flew [[more than 880
detainees|other;a=The International Committee of the Red Cross]] between Sanaa, Aden, Marib,
Mokha and the Saudi cities of Abha and Riyadh over {{three days}}, it said on Sunday. It was the largest prisoner exchange since [[1,056
prisoners|other]] were swapped in {{October 2020}}.
Under the deal, [[about 700 Houthi prisoners|other]] were freed in exchange for
[[181|other]] held by the Houthis, among them [[16 Saudis|other]] and [[three Sudanese|other]].
The ICRC said it had used [[15 flights|other;a=The ICRC]] and that its staff had interviewed each
detainee before boarding. Among those freed by the Houthis were [[four journalists|other]] who
had been sentenced to death. The government says the Houthis still hold [[about 1,500|arrested;a=The
government]] of its soldiers and civilians.
""",
)

item(
    "Government and Houthis agree to free thousands",
    """
MUSCAT - The Yemeni government and the Houthis agreed on Monday to free [[more than 2,900
detainees|other;a=the UN envoy's office;p]] in what would be the largest exchange of the war, the
UN envoy's office said. Under the deal the Houthis are to release [[about 1,400|other;p]],
including [[seven Saudis|other;p]] and [[23 Sudanese|other;p]], while the government frees [[about
1,500 Houthi fighters|other;p]]. Lists of names are due within {{30 days}}. The ICRC, which will
carry out the swap, said it expected to need [[up to 20 flights|other;a=The ICRC;p]] to move [[250 to 300 people a
day|other;a=The ICRC;p]]. Both sides have reneged on similar deals before.
""",
)

item(
    "Hundreds arrested for celebrating the revolution",
    """
SANAA - Houthi security forces have arrested [[hundreds of people|arrested;a=rights groups]]
across Sanaa, Ibb and Dhamar for celebrating the anniversary of the {{Sept 26, 1962}}
revolution, rights groups said on Thursday. The Yemeni Journalists Syndicate said [[at least 12
journalists|arrested;a=The Yemeni Journalists Syndicate]] were among them. Mwatana said it had
documented [[163 arrests|arrested;a=Mwatana]] in {{five days}}, [[between 30 and
40|arrested;a=Mwatana]] of them of women. In Ibb alone, [[more than
70|arrested;a=a local activist]] were held after young men raised the republican flag in the
main square, a local activist told AFP, and [[a dozen|injured;a=a local activist]] were beaten
with sticks. Amnesty International said [[two detainees|killed;a=Amnesty International]] had died
in Houthi custody last year.
""",
)

item(
    "Nine men executed in Sanaa's Tahrir Square",
    """
SANAA - The Houthis publicly executed [[nine men|killed;a=the group's Saba agency]] in Sanaa's
Tahrir Square on Saturday for their alleged role in the killing of a senior Houthi official in a
{{2018}} coalition air strike, the group's Saba agency said. [[Thousands of people|other]]
watched. The youngest of the men was {{17}} when he was arrested, according to Amnesty
International, which said the trial had been "grossly unfair". Security forces detained [[more than 20
relatives|arrested;a=the rights group;alt=Amnesty International]] of the men in the week before the executions, the rights
group said. Rights groups say the Houthis have
executed [[at least 40 people|killed;a=Rights groups]] since {{2015}} and that [[more than 100
prisoners|arrested;a=Rights groups]] are on death row in Sanaa.
""",
)

item(
    "Houthis seize Emirati cargo ship off Hodeidah",
    """
RIYADH - The Houthis seized the UAE-flagged cargo ship Al Rawdha off Hodeidah with [[11 crew
members|kidnapped;a=the coalition]] on board, the coalition said on Monday, calling it an act of
piracy. The coalition said the ship was carrying equipment for a field hospital on Socotra; the
Houthis said it carried weapons and released footage of what they said were military vehicles on
its deck. India's foreign ministry said [[seven|kidnapped;a=India's foreign ministry]] of the
crew were Indian nationals and that [[another 14 Indian seafarers|kidnapped;a=India's foreign
ministry]] from a different vessel had been held in Sanaa since {{2021}}. The rest of the crew
were [[two Ethiopians|kidnapped]], [[one Indonesian|kidnapped]] and [[one Filipino|kidnapped]]. The coalition said its
jets had destroyed [[three boats|other;a=The coalition]] used in the attack. The Security Council
demanded the crew's release within {{48 hours}}.
""",
)

item(
    "UN counts its staff held by the Houthis",
    """
NEW YORK - The Houthis are now holding [[59 UN personnel|arrested;a=the UN Secretary-General's
spokesman]], the UN Secretary-General's spokesman said on Tuesday, of whom [[15|arrested;a=the
UN Secretary-General's spokesman]] work for the World Food Programme and [[7|arrested;a=the UN
Secretary-General's spokesman]] for UNICEF. [[Twenty staff|arrested;a=the UN Secretary-General's spokesman]] were taken when Houthi
gunmen stormed a UN compound in Sanaa in October, and [[dozens|arrested;a=the UN Secretary-General's spokesman]] of staff from
NGOs and embassies are also held, he said. [[Five|arrested;a=the spokesman;alt=the UN
Secretary-General's spokesman]] of the detained UN staff have been referred to a Houthi court,
according to the spokesman. The Houthis accuse them of spying for the United States and Israel,
which the UN denies.
""",
)

item(
    "Aden rounds up migrants and holds them in stadium",
    """
ADEN - Security forces loyal to the Southern Transitional Council rounded up [[more than 1,200
Ethiopian migrants|arrested;a=the International Organization for Migration]] in Aden and Lahj
last week and held them in a football stadium, the International Organization for Migration said
on Wednesday. The agency said [[two migrants|killed;a=The agency;alt=the International
Organization for Migration]] had died of heatstroke there and [[dozens|injured;a=The
agency;alt=the International Organization for Migration]] had been beaten. [[About 400|returned;a=the
agency;alt=the International Organization for Migration]] have since been flown home to Addis
Ababa on voluntary return flights, the agency said. The rest were moved to a holding centre meant for [[300 people|capacity]]. The council's security chief said his men had also detained
[[17 smugglers|arrested;a=The council's security chief]].
""",
)

item(
    "Houthis arrest Baha'is at Sanaa gathering",
    """
SANAA - Houthi gunmen raided a gathering of Baha'is in Sanaa on {{May 25}} and arrested [[17
people|arrested;a=the Baha'i International Community]], [[five|arrested;a=the Baha'i
International Community]] of them women, the Baha'i International Community said. [[Four|other]]
were released a month later. The community says [[more than 70 Baha'is|arrested;a=The
community;alt=the Baha'i International Community;n=Baha'is]] have been detained by the Houthis since
{{2014}}, and a court in Sanaa sentenced its leader to death in {{2018}}. There are [[about
2,000 Baha'is|civilians;n=Baha'is]] in Yemen.
""",
)

item(
    "Five UN staff abducted in Abyan",
    """
ADEN - Gunmen abducted [[five UN employees|kidnapped;a=security officials]], [[four
Yemenis|kidnapped;a=security officials]] and a Bangladeshi security officer, on the road between
Mudiyah and Aden on Friday as they returned from a field mission, security officials said. The
officials blamed al-Qaeda in the Arabian Peninsula. After {{18 months}} in captivity,
[[the five|kidnapped]] were freed in {{August 2023}}, reportedly after a ransom of about {{$3
million}} was paid. ACLED says the group has kidnapped [[at least 30 aid workers|kidnapped;a=ACLED]]
in the south since {{2015}}. [[Two more aid workers|kidnapped]] from a medical charity were
seized in Marib in {{2021}} and held for {{five months}}.
""",
)

item(
    "Local swap in Taiz frees prisoners and returns the dead",
    """
TAIZ - Local mediators oversaw an exchange of [[48 prisoners|other;a=the mediators]] between the
Houthis and government forces at a crossing east of Taiz on Sunday, the mediators said, with each
side freeing [[24|other;a=the mediators]]. They also handed over [[the bodies of 31
fighters|killed]]. Among those freed were [[three women|other]]. Abdulqader al-Murtada, who heads
the Houthis' prisoner committee, said the group was ready to free [[all 1,200 government
prisoners|other;a=Abdulqader al-Murtada;p]] it holds in exchange for its own men. Local swaps
have freed [[more than 1,000 people|other;a=the mediators]] in Taiz since {{2016}}, according to
the mediators.
""",
)

item(
    "Houthis free prisoners in unilateral gesture",
    """
SANAA - The Houthis released [[290 prisoners|other;a=the ICRC]] on Monday in what they called a
unilateral gesture, the ICRC said, among them [[three Saudis|other;a=the ICRC]]. [[Some 20
buses|other;u=other]] took the men from Sanaa's central prison to Marib and Aden. Saudi Arabia
said it would free [[200 prisoners|other;a=Saudi Arabia;p]] in return. The ICRC says it is still
searching for [[more than 4,000 people|missing;a=The ICRC]] reported missing by their families
since {{2015}}.
""",
)

item(
    "Security Council renews Yemen sanctions for a year",
    """
NEW YORK - The UN Security Council on {{Nov 14}} renewed the Yemen sanctions regime set up under
{{Resolution 2140}} of {{2014}} until {{Nov 28, 2026}}, and extended the mandate of its panel of
experts until {{Dec 15, 2026}}. The text, drafted by Britain, also kept the arms embargo on the
Houthis imposed by {{Resolution 2216}} in {{April 2015}}. China and Russia abstained, saying the
measures had not changed in more than a decade. The panel's latest report, a {{320-page}}
document, was delayed by {{two months}}.
""",
)

item(
    "Detainee talks in Amman end without a deal",
    """
AMMAN - {{Eleven days}} of UN-sponsored talks in Amman on the release of detainees ended on {{Dec
22}} without agreement, the UN envoy's office said. It was the {{ninth}} meeting of the
supervisory committee set up under the Stockholm Agreement of {{December 2018}}. The committee
will meet again after Ramadan, probably in late March. The envoy, now in his {{third}} year in
the post, said the sides were "closer than at any time since {{2023}}".
""",
)
