"""dev272 items: Asia and the Pacific (Myanmar, Bangladesh, Afghanistan, Pakistan, India, the
Philippines, Indonesia, Japan, Central Asia)."""

from _wrap import item

item(
    "Rohingya camps near 1 million as new arrivals cross from Rakhine",
    """
Bangladesh hosts [[about 1 million Rohingya refugees|displaced;a=UNHCR]] in
[[33 camps|capacity;a=UNHCR]] in Cox's Bazar, UNHCR said, making the district the world's
largest refugee settlement. [[Some 70,000|displaced;a=Bangladeshi officials]] new arrivals
crossed from Myanmar's Rakhine State in {{2024}} as the Arakan Army advanced, Bangladeshi
officials said. Fires in the camps destroyed [[more than 2,800 shelters|housing;a=the agency;alt=UNHCR]]
in {{March 2023}}, the agency said. The government has relocated
[[about 36,000 refugees|displaced;a=The government]] to the island of Bhasan Char and says it
plans to move [[100,000|displaced;p;a=The government]] eventually. UNHCR said
[[569 Rohingya|killed;a=UNHCR]] died or went missing at sea in {{2023}}, the deadliest year
since {{2014}}. The {{2025}} joint response plan seeks to assist
[[1.5 million people|aid;p;a=The 2025 joint response plan]], including host communities.
""",
)

item(
    "Myanmar's displaced top 3.5 million four years after coup",
    """
[[More than 3.5 million people|displaced;a=UNHCR]] are displaced inside Myanmar, UNHCR said
on Monday, [[3.2 million|displaced;a=UNHCR]] of them since the military seized power on
{{February 1, 2021}}. The Assistance Association for Political Prisoners says
[[at least 6,200 people|killed;a=The Assistance Association for Political Prisoners]] have
been killed by the junta and [[27,900|arrested;a=The Assistance Association for Political Prisoners]]
arrested, of whom [[about 21,000|arrested;a=The Assistance Association for Political Prisoners]]
remain in detention. Data for Myanmar, an independent research group, counted
[[more than 100,000 houses|housing;a=Data for Myanmar]] burned since the coup, most of them in
Sagaing. [[Between 30,000 and 40,000 fighters|combatants]] of the Arakan Army now control most of
Rakhine. In Thailand, [[some 90,000 Myanmar refugees|displaced]] still live in
[[nine camps|capacity]] along the border, some of them since the {{1980s}}.
""",
)

item(
    "Afghan returns from Iran and Pakistan top 1.4 million in a year",
    """
[[More than 1.4 million Afghans|returned;a=IOM]] returned or were deported from Iran and
Pakistan in {{2024}}, IOM said, and [[about 700,000|returned;a=IOM]] of them were forced back.
Iran alone deported [[over 500,000|returned;a=Iranian officials]] in the first {{half}} of
{{2025}}, Iranian officials said, saying the country hosted
[[6 million Afghans|displaced;a=Iranian officials]] without legal status. At the Islam Qala
crossing, IOM registered [[up to 20,000 people a day|returned;a=IOM]] in {{July}}. Afghanistan
itself has [[6.3 million internally displaced people|displaced;a=OCHA]], OCHA estimates. The
UN said [[more than 1,200 unaccompanied children|returned;a=The UN]] crossed the border from
Iran in {{June}} alone.
""",
)

item(
    "Pakistan floods: 8 million displaced, 2 million homes hit",
    """
Pakistan's National Disaster Management Authority said
[[1,739 people|killed;a=National Disaster Management Authority]] were killed and
[[12,867|injured;a=National Disaster Management Authority]] injured in the {{2022}} floods.
[[About 2.1 million houses|housing;a=the authority;alt=National Disaster Management Authority]]
were damaged or destroyed, the authority said, and
[[33 million people|civilians;a=the authority;alt=National Disaster Management Authority]] were
affected. [[Nearly 8 million people|displaced;a=UNHCR]] were displaced at the peak, UNHCR
estimated, [[about 600,000|displaced;a=UNHCR]] of them living in relief camps. The province of
Sindh alone set up [[more than 5,000 relief camps|capacity]]. The World Bank put the damage at
{{$14.9 billion}}.
""",
)

item(
    "Philippines logs 9.1 million disaster displacements in a single year",
    """
The Philippines recorded [[9.1 million disaster displacements|displaced;a=IDMC]] in {{2024}},
the highest figure in the world after the United States, IDMC said. A run of
typhoons in {{October}} and {{November}} forced
[[more than 1 million people|displaced;a=the civil defence office]] into
[[about 8,500 evacuation centres|capacity;a=the civil defence office]], the civil defence
office said. Typhoon Kristine alone killed [[162 people|killed;a=the office;alt=the civil defence office]] and damaged
[[over 200,000 houses|housing;a=the office;alt=the civil defence office]], the office reported. In Mindanao, conflict
displaced [[about 120,000 people|displaced]], according to the UNHCR-led protection cluster.
""",
)

item(
    "Manipur's displaced still in relief camps two years on",
    """
[[More than 60,000 people|displaced;a=the state government]] remain displaced by the ethnic
violence that began in Manipur in {{May 2023}}, the state government said, living in
[[about 300 relief camps|capacity;a=the state government]]. Police say
[[at least 260 people|killed;a=Police]] have been killed and
[[over 1,100|injured;a=Police]] injured. Rioters burned [[some 4,700 houses|housing]]
and [[386 places of worship|housing;n=places;u=structure]] in the first {{months}}. About
[[40,000 security personnel|combatants;a=officials]] are deployed in the state, officials
said. The Centre has promised to rebuild [[3,000 homes|housing;p;a=The Centre]] by the end of
the year.
""",
)

item(
    "Bangladesh moves 800,000 to shelters ahead of Cyclone Remal",
    """
Bangladeshi authorities evacuated [[about 800,000 people|displaced]] to
[[9,000 cyclone shelters|capacity]] before Cyclone Remal made landfall on {{May 26, 2024}}. The
disaster management ministry said [[at least 16 people|killed;a=The disaster management ministry]]
were killed and [[more than 150,000 homes|housing;a=The disaster management ministry]] damaged
or destroyed. [[Some 3.75 million people|civilians;a=UNICEF]] were affected, including
[[1.5 million children|civilians;a=UNICEF]], UNICEF said. Volunteers of the Cyclone
Preparedness Programme, [[78,000|other]] in all, went door to door with megaphones.
""",
)

item(
    "Papua's displaced put at up to 100,000 as fighting spreads",
    """
[[Between 60,000 and 100,000 people|displaced;a=church groups]] have been displaced by fighting
between Indonesian forces and separatists in Papua since {{2018}}, according to church groups
and human rights organisations. The government does not publish figures. In Intan Jaya,
[[several thousand residents|displaced]] fled to the forest after army raids in {{2024}}, and
local churches said [[about 1,000 of them|displaced;n=-;a=local churches]] were sheltering in
[[five church compounds|capacity;u=structure;a=local churches]]. The West Papua National
Liberation Army is estimated to have [[a few thousand fighters|combatants]], facing
[[some 9,000 troops|combatants;a=analysts]] and police, analysts say. Amnesty International
said [[at least 50 civilians|killed;a=Amnesty International]] were killed in security
operations in the province over {{two years}}.
""",
)

item(
    "Thirteen years after Fukushima, 26,000 still displaced",
    """
[[About 26,000 people|displaced;a=the Fukushima prefectural government]] remain displaced by
the {{2011}} nuclear disaster, the Fukushima prefectural government said on {{March 11}}, down
from a peak of [[164,865|displaced;a=the Fukushima prefectural government]] in {{May 2012}}.
[[Some 20,000|displaced]] of them live outside the prefecture. The {{March 11, 2011}}
earthquake and tsunami killed [[more than 15,900 people|killed]], and
[[2,520|missing]] are still missing. Evacuation orders remain in force in parts of
the prefecture.
""",
)

item(
    "Asia-Pacific had 225 million disaster displacements in a decade",
    """
Asia and the Pacific accounted for [[225 million|displaced;a=IDMC]] disaster displacements
between {{2014}} and {{2023}}, IDMC and the Asian Development Bank said in a joint report,
three-quarters of the global total. China, the Philippines and India together accounted for
[[more than 150 million|displaced;a=the report;alt=IDMC;alt=Asian Development Bank]], the report said. Floods caused
{{53 per cent}} and storms {{40 per cent}}. In {{2023}} alone the region saw
[[15.3 million|displaced]] disaster displacements, and
[[about 2.4 million people|displaced]] were still displaced by disasters at year's end. Over the decade, the authors estimate,
[[tens of thousands of people|killed;a=the authors;alt=IDMC;alt=Asian Development Bank]] died in disasters that also uprooted
families.
""",
)

item(
    "Pakistan deports Afghans as repatriation plan expands",
    """
Pakistan has sent back [[more than 800,000 Afghans|returned;a=the interior ministry]] since
launching its Illegal Foreigners Repatriation Plan in {{October 2023}}, the interior ministry
said. Police detained [[over 12,000 Afghans|arrested;a=Amnesty International]] in Islamabad and
Rawalpindi in the first {{three months}} alone, according to Amnesty International. The
country hosted [[about 3 million Afghans|displaced;a=UNHCR]], [[1.3 million|displaced;a=UNHCR]]
of them registered refugees, UNHCR said. In {{2025}} the government extended the plan to
holders of Proof of Registration cards, putting [[about 800,000 more|returned;p;n=-]] at risk of
removal.
""",
)

item(
    "Kyrgyz-Tajik border clashes forced 136,000 to flee",
    """
[[About 136,000 people|displaced;a=Kyrgyz authorities]] were evacuated from border districts
during the clashes with Tajikistan in {{September 2022}}, Kyrgyz authorities said. The Kyrgyz
health ministry reported [[63 people|killed;a=The Kyrgyz health ministry]] killed and
[[144|injured;a=The Kyrgyz health ministry]] wounded, while Tajik officials reported
[[41 deaths|killed;a=Tajik officials]]. [[More than 500 houses|housing;a=the Kyrgyz government]]
were destroyed in the Batken region, according to the Kyrgyz government. Most evacuees went back
within {{weeks}}, but [[about 2,500 families|displaced;a=officials]] were still in temporary
housing a year later, officials said.
""",
)

item(
    "Herat quakes leave 40,000 homes destroyed",
    """
The earthquakes that struck Herat province in {{October 2023}} destroyed or damaged
[[more than 40,000 homes|housing;a=OCHA]], OCHA said, and left
[[114,000 people|civilians;a=OCHA]] in need of assistance. The Taliban administration put
the death toll at [[about 1,500|killed;a=The Taliban administration]], while the WHO said
[[1,294 people|killed;a=the WHO]] were killed and [[over 1,600|injured;a=the WHO]] injured. IOM
distributed [[3,000 family tents|aid]] and winterisation kits to survivors in Zenda Jan.
""",
)

item(
    "Sri Lanka's war displaced: last families await return",
    """
Sri Lanka's resettlement ministry said
[[about 1,200 families|displaced;a=Sri Lanka's resettlement ministry]] from the war years still
lived in welfare centres in Jaffna in {{2024}}, {{15 years}} after the fighting ended. At its
height in {{2009}}, the Menik Farm camp held [[nearly 300,000 people|displaced]]. Since then,
[[more than 800,000 people|returned;a=the ministry;alt=Sri Lanka's resettlement ministry]] have
been resettled in the north and east, the ministry said. The military still occupies
{{3,000 acres}} of private land. A UN panel found that
[[as many as 40,000 civilians|killed;a=A UN panel]] may have been killed in the final months
of the war, and Tamil groups say [[tens of thousands|missing;a=Tamil groups]] remain
unaccounted for.
""",
)

item(
    "Japan's refugee recognition rate stays low despite rise",
    """
Japan's Immigration Services Agency said on {{March 28}} that its recognition rate for asylum
claims rose to {{3.8 per cent}} in {{2023}}, up from {{2 per cent}} in {{2022}}. Applicants
waited an average of {{32 months}} for a first decision. The revised immigration law, which
took effect in {{June 2024}}, allows deportation after a {{third}} application. Lawyers said
children {{under 18}} made up about {{12 per cent}} of applicants.
""",
)

item(
    "Australia keeps humanitarian budget flat for 2025-26",
    """
Australia's budget for {{2025-26}}, released on {{March 25}}, keeps funding for the
humanitarian program at {{A$1.2 billion}} over {{four years}}. The government said its
offshore processing costs had fallen {{15 per cent}} since {{2022-23}}. The Refugee Council of
Australia said average processing times exceeded {{18 months}} and that applicants aged {{65}}
or over waited longest.
""",
)
