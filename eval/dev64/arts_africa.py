"""dev64 items: DR Congo (mpox, cholera and measles around Goma, hospitals in the east),
Ethiopia (Tigray, Amhara), Somalia, South Sudan (Renk, Bentiu), Burkina Faso (Djibo) and
north-east Nigeria (Borno).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Mpox spreads in camps around Goma",
    "DR Congo's health ministry said [[more than 27,000 suspected mpox cases|other;a=DR Congo's health ministry]] and [[1,100 deaths|killed;a=DR Congo's health ministry]] had been recorded since {{January 2023}}, most of them among children. "
    "MSF said cases of the new {{clade Ib}} strain were spreading in displacement camps around Goma, where [[as many as 600,000 people|displaced;a=MSF]] live in makeshift shelters.",
)

F(
    "Mpox vaccines arrive in Kinshasa",
    "[[About 99,000 doses|aid]] of the MVA-BN mpox vaccine, donated by the United States, arrived in Kinshasa on {{Thursday}}, the health ministry said, the {{first}} of [[some 265,000 doses|aid;p;a=the health ministry]] promised to the country. "
    "Vaccination will start with [[about 3,000 health workers|aid;p]] in North Kivu, it said.",
)

F(
    "Cholera cases climb in North Kivu displacement sites",
    "UNICEF said [[more than 21,400 cases|other;a=UNICEF]] of cholera or suspected cholera had been reported in North Kivu in the {{first}} seven months of the year, against [[5,120|other;u=other;a=UNICEF]] in all of {{2022}}. "
    "The agency said [[several dozen children|killed;a=The agency;alt=UNICEF]] had died and that it had delivered [[3.2m litres|aid;a=The agency;alt=UNICEF]] of treated water to camps near Goma.",
)

F(
    "Hospitals in Goma flooded with wounded after M23 advance",
    "The ICRC said it had admitted [[more than 600 wounded|injured;a=The ICRC]] to the hospitals it supports in Goma in {{four days}}, as the {{M23}} rebels entered the city. "
    "The WHO said [[at least 900 bodies|killed;a=The WHO]] had been taken from the streets and that [[dozens of health facilities|housing;a=The WHO]] had been damaged.",
)

F(
    "Measles kills children in eastern Congo",
    "Measles has killed [[more than 6,000 people|killed;a=the WHO]], most of them children {{under five}}, in DR Congo this year, the WHO said, more than the country's Ebola toll. "
    "Health workers vaccinated [[18 million children|aid]] in a nationwide campaign, but [[hundreds of thousands|civilians]] in Ituri and the Kivus could not be reached because of fighting.",
)

F(
    "Tigray health facilities looted and destroyed",
    "Only {{13%}} of Tigray's health facilities were functional, MSF said, after its teams visited [[106 facilities|other;a=MSF]] between {{mid-December}} and {{March}}. "
    "Most had been looted, and [[about 30|housing;u=structure;a=the group;alt=MSF]] had been damaged or destroyed, the group said. "
    "[[Three MSF staff|killed]] were killed in Tigray in {{June 2021}}.",
)

F(
    "Cholera outbreak in Amhara camps",
    "The Ethiopian Public Health Institute said [[about 1,600 cholera cases|other;a=The Ethiopian Public Health Institute]] and [[46 deaths|killed;a=The Ethiopian Public Health Institute]] had been reported in Amhara, where fighting between Fano militias and the army has closed roads. "
    "Partners set up [[eight cholera treatment units|capacity]] with [[120 beds|capacity]].",
)

F(
    "Somalia drought deaths estimated",
    "A study by the London School of Hygiene and Tropical Medicine estimated that [[as many as 43,000 people|killed;a=A study by the London School of Hygiene and Tropical Medicine]] died in Somalia's drought in {{2022}}, {{half}} of them children {{under five}}. "
    "Aid agencies warned that [[up to 8.3 million people|civilians;v=8300000;a=Aid agencies]] would need help in {{2023}}.",
)

F(
    "Food aid for displaced in Baidoa",
    "WFP said it had reached [[about 4.7 million people|aid;a=WFP]] in Somalia with food or cash in {{2022}}, including [[several hundred thousand|aid;v=300000;lo=300000;hi=900000]] in camps around Baidoa. "
    "In one district [[200-250 families|displaced;a=camp leaders]] were arriving every day, camp leaders said.",
)

F(
    "Cholera hits transit centre in Renk",
    "South Sudan's health ministry said [[more than 1,100 cholera cases|other;a=South Sudan's health ministry]] and [[22 deaths|killed;a=South Sudan's health ministry]] had been recorded in Renk, where [[tens of thousands|displaced]] of people fleeing Sudan crowd a transit centre. "
    "MSF opened a treatment centre with [[60 beds|capacity]] and said it was admitting [[about 80 patients a day|aid;a=MSF]].",
)

F(
    "Hepatitis E in Bentiu camp",
    "MSF said [[more than 2,000 people|other;a=MSF]] had been infected with hepatitis E in Bentiu displacement camp, and that [[at least 26|killed;a=MSF]] had died, [[a dozen|killed;a=MSF]] of them pregnant women. "
    "The camp houses [[about 112,000 people|displaced]].",
)

F(
    "Airlifts to besieged Djibo",
    "The World Food Programme said it had flown [[about 700 tonnes|aid;a=The World Food Programme]] of food by helicopter into Djibo, where jihadist groups have besieged [[some 300,000 people|civilians;a=The World Food Programme]]. "
    "The agency said [[fewer than 10 convoys|aid;a=The agency;alt=The World Food Programme]] had reached the town by road in {{2023}}, and [[two|other;u=other;a=The agency;alt=The World Food Programme]] were attacked.",
)

F(
    "Burkina Faso health centres closed by violence",
    "The health ministry said [[more than 400 health facilities|other;a=The health ministry]] were closed and [[about 300|other;u=structure;a=The health ministry]] were working only partly because of insecurity, leaving [[nearly 3.5 million people|civilians;a=The health ministry]] with little or no care. "
    "[[Eleven health workers|killed;a=the ministry]] were killed in attacks last year, the ministry said.",
)

F(
    "Malnutrition ward overflows in Maiduguri",
    "MSF said its nutrition hospital in Maiduguri had admitted [[1,250 children|aid;a=MSF]] with severe acute malnutrition and complications in {{July}}, against [[about 300|capacity;a=MSF]] it was built for. "
    "[[Twenty-two children|killed;a=MSF]] died in the ward in the month, it said, and extra tents with [[150 cots|capacity]] were set up.",
)

F(
    "Cholera in Borno camps",
    "Borno state's health ministry said [[between 1,500 and 2,000 suspected cases|other;a=Borno state's health ministry]] of cholera had been reported in displacement camps in {{three weeks}}, with [[at least 40 deaths|killed;a=Borno state's health ministry]]. "
    "UNICEF said it had sent [[2,000 cholera kits|aid;a=UNICEF]] and [[a few thousand jerrycans|aid;a=UNICEF]] to the camps.",
)

F(
    "Ebola vaccination in North Kivu's war zone",
    "The WHO said health workers had vaccinated [[more than 250,000 people|aid;a=The WHO]] against Ebola in North Kivu and Ituri since {{August 2018}}, though attacks on treatment centres continued. "
    "[[Two treatment centres|housing]] in Butembo and Katwa were set on fire in {{February}}, and MSF pulled out [[about 40 international staff|other]].",
)

F(
    "Children treated for malnutrition in Tigray",
    "UNICEF said partners had treated [[more than 57,000 children|aid;a=UNICEF]] for severe acute malnutrition in Tigray since {{January}}, and [[a further 140,000|civilians;p;a=UNICEF]] were at risk of the most severe form over the {{next six months}}.",
)

F(
    "Somalia IPC update",
    "The IPC said parts of Bay region faced a risk of famine ({{Phase 5}}) between {{October}} and {{December 2022}}, with acute malnutrition above {{30%}} in some camps and a crude death rate above {{two per 10,000 per day}}, twice the {{Phase 4}} level.",
)

F(
    "Ambulances attacked in South Sudan's Jonglei",
    "The ICRC said [[four ambulances|other;a=The ICRC]] had been shot at in Jonglei in {{two months}} and [[two drivers|killed;a=The ICRC]] killed. "
    "It evacuated [[37 wounded|displaced;a=The ICRC]] by air to Juba for surgery.",
)

F(
    "Measles in camps on the Congo-Uganda border",
    "MSF said it had vaccinated [[about 45,000 children|aid;a=MSF]] {{aged 6 months to 14 years}} in Nyakabande transit centre and nearby sites after [[several hundred|other;u=other;n=-]] measles cases were reported. "
    "[[Up to 3,000 people|displaced;a=the charity;alt=MSF]] a day were crossing from Rutshuru, the charity said.",
)
