"""dev64 items: Sudan and its refugees in Chad (cholera, measles, dengue, hepatitis E,
famine in Zamzam and Darfur, hospitals attacked, health workers, convoys).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Cholera spreads across Sudan's states",
    "Sudan's health ministry said [[more than 49,000 cholera cases|other;a=Sudan's health ministry]] and [[1,250 deaths|killed;a=Sudan's health ministry]] had been recorded in [[12 states|other;u=other;a=Sudan's health ministry]] since {{July 2024}}, a case fatality rate of {{2.5%}}. "
    "The WHO shipped [[about 1.4 million doses|aid]] of oral cholera vaccine to Kassala and Gedaref.",
)

F(
    "MSF warns of child deaths in Zamzam camp",
    "MSF estimated in {{February 2024}} that Zamzam camp, near El Fasher, was losing [[about 13 children a day|killed;a=MSF]] to malnutrition and disease, and that {{30%}} of children {{under five}} were acutely malnourished. "
    "The camp shelters [[between 300,000 and 500,000 people|displaced]], most of whom fled earlier waves of violence in Darfur.",
)

F(
    "Drone strike hits El Fasher hospital",
    "A drone strike on the Saudi Teaching Hospital in El Fasher killed [[at least 70 patients and companions|killed;n=patients and companions;a=WHO chief Tedros Adhanom Ghebreyesus]] and wounded [[19 others|injured;a=WHO chief Tedros Adhanom Ghebreyesus]], WHO chief Tedros Adhanom Ghebreyesus said. "
    "It was the only hospital in the city still partly working, and it had been struck repeatedly in the previous {{four weeks}}.",
)

F(
    "Wounded from El Geneina reach MSF hospital in Chad",
    "MSF said its teams in Adré, Chad, had treated [[858 wounded people|injured;a=MSF]] in {{three days}} after fighting in El Geneina, and registered [[at least 29 deaths|killed;a=MSF]] among those who arrived. "
    "[[About 600,000 Sudanese refugees|displaced;a=UNHCR]] were sheltering in eastern Chad, UNHCR said.",
)

F(
    "Measles and malnutrition kill children in White Nile camps",
    "UNHCR said [[more than 1,200 children|killed;a=UNHCR]] {{under five}} had died of suspected measles and malnutrition in [[nine camps|capacity;a=UNHCR]] in White Nile state between {{May 15}} and {{September 14}}. "
    "It said [[more than 3,100 suspected cases|other;a=UNHCR]] of measles had been reported there, along with [[over 500 suspected cholera cases|other;a=UNHCR]].",
)

F(
    "Doctors say dozens of Sudan hospitals bombed",
    "The Sudan Doctors' Syndicate said {{about 70%}} of hospitals in areas affected by fighting were out of service, and that [[at least 60 hospitals|housing;a=The Sudan Doctors' Syndicate]] had been shelled or bombed since {{April 15, 2023}}. "
    "The WHO has verified [[119 attacks|other;u=other;a=The WHO]] on health care in Sudan, which killed [[188 health workers and patients|killed;n=health workers and patients;a=The WHO]].",
)

F(
    "WFP trucks cross from Chad into Darfur",
    "WFP said [[15 trucks|aid;a=WFP]] carrying [[about 510 tonnes|aid;a=WFP]] of food had crossed from Chad through Adré, enough to feed [[about 50,000 people|aid;p;a=WFP]] for {{one month}}. "
    "The agency said [[another 40 trucks|aid;a=The agency;alt=WFP]] were waiting at the border for clearance.",
)

F(
    "Cholera kills scores in Khartoum after power stations hit",
    "Cholera killed [[more than 170 people|killed;a=Sudan's health ministry]] in Khartoum state in a single week, Sudan's health ministry said, after drone strikes on power stations cut water supplies. "
    "It recorded [[2,700 cases|other;a=Sudan's health ministry]] in the same period. "
    "MSF said it had set up [[two cholera treatment centres|capacity;a=MSF]] with [[about 200 beds|capacity;a=MSF]] in Omdurman.",
)

F(
    "Famine confirmed in more areas of Sudan",
    "[[About 24.6 million people|civilians;a=the IPC]] in Sudan face acute food insecurity at {{Phase 3}} or worse, including [[more than 637,000|civilians;a=the IPC]] in catastrophe, at {{Phase 5}}, the IPC said. "
    "Famine was confirmed in [[five areas|other;u=other;a=the IPC]], among them Zamzam, Abu Shouk and Al Salam camps, and [[17 more areas|other;p;u=other;a=the IPC]] are at risk of famine by {{May 2025}}, it said.",
)

F(
    "Sudan doctors' network counts health workers killed and held",
    "The Sudan Doctors Network said Rapid Support Forces fighters had killed [[at least 235 health workers|killed;a=The Sudan Doctors Network]] since the war began and were holding [[more than 70 doctors|arrested;a=The Sudan Doctors Network]] in detention. "
    "[[Fourteen nurses|kidnapped;a=the network;alt=The Sudan Doctors Network]] abducted from a clinic in Bara were still missing, the network said.",
)

F(
    "Tawila survey finds malnutrition far above emergency threshold",
    "A nutrition survey in Tawila found global acute malnutrition of {{35%}} among children {{aged 6 to 59 months}}, more than double the {{15%}} emergency threshold, and a crude death rate of {{2.6 per 10,000 people per day}}, MSF said in {{June 2025}}.",
)

F(
    "Measles campaign in Gezira and Sennar",
    "Health authorities vaccinated [[about 1.2 million children|aid;a=UNICEF]] against measles in Gezira and Sennar states during a {{10-day}} campaign, UNICEF said, out of [[1.5 million|aid;p;a=UNICEF]] targeted. "
    "[[Some 1,800 health workers|other]] went house to house, and [[dozens of vaccination sites|aid;u=other]] were set up in displacement camps.",
)

F(
    "Hunger deaths reported in besieged Kadugli",
    "[[At least 23 people|killed;a=local health officials]] have died of hunger in Kadugli in the past {{two months}}, local health officials said, as the siege of the South Kordofan capital tightened. "
    "[[Up to 200,000 people|civilians;a=OCHA]] are trapped in the town and nearby Dilling, OCHA said, and no aid convoy has reached them since {{March}}.",
)

F(
    "Drivers killed as aid convoy attacked in North Darfur",
    "A WFP convoy of [[16 trucks|aid]] was attacked near Mellit on {{Sunday}}, killing [[three drivers|killed;a=WFP]] and burning [[five trucks|other;a=WFP]], WFP said. "
    "The convoy was carrying [[about 400 tonnes|aid]] of food and nutrition supplies for El Fasher.",
)

F(
    "Dengue outbreak strains Khartoum hospitals",
    "Sudan's health ministry reported [[more than 3,000 dengue cases|other;a=Sudan's health ministry]] and [[22 deaths|killed;a=Sudan's health ministry]] in Khartoum state in {{October 2025}}, as displaced families returned to neighbourhoods without clean water. "
    "[[Hundreds of patients|aid]] were being treated daily at Omdurman's Al-Nao hospital.",
)

F(
    "Hepatitis E spreads in refugee camps in eastern Chad",
    "MSF said [[more than 2,000 cases|other;a=MSF]] of hepatitis E and [[44 deaths|killed;a=MSF]] had been recorded in camps for Sudanese refugees in Ouaddaï since {{August}}, [[17|killed;a=MSF]] of them pregnant women. "
    "The charity set up [[three treatment centres|capacity]] and is trucking in [[about 1.5 million litres|aid]] of water a week.",
)

F(
    "Shells hit Omdurman market",
    "Shelling of Sabreen market in Omdurman killed [[at least 120 people|killed;a=the health ministry]] and wounded [[more than 150|injured;a=the health ministry]], the health ministry said. "
    "Al-Nao hospital, the main one still open in the city, received [[more than 90 wounded|injured;a=MSF]] within an hour, MSF said.",
)

F(
    "Children screened for malnutrition in North Darfur",
    "UNICEF and partners screened [[about 360,000 children|aid;a=UNICEF]] for malnutrition in North Darfur in {{2024}}, and [[more than 40,000|aid;a=UNICEF]] were admitted for treatment of severe acute malnutrition, UNICEF said. "
    "[[A further 730,000 children|civilians;p;a=the agency;alt=UNICEF]] across Sudan are expected to suffer severe acute malnutrition this year, the agency said.",
)

F(
    "Wounded and starving reach Tawila after El Fasher falls",
    "[[Tens of thousands of people|displaced;a=aid groups]] fled El Fasher for Tawila in the days after the city fell to the Rapid Support Forces, aid groups said. "
    "MSF said its hospital in Tawila had received [[about 1,200 wounded|injured;a=MSF]] and that {{seven in 10}} children it screened were malnourished.",
)

F(
    "Sudan health budget and cholera vaccine funding",
    "Sudan's health ministry said the {{2025}} cholera response plan would cost {{$24 million}}, of which only {{18%}} was funded, and that the vaccine stockpile would last until the {{third}} week of {{December}}.",
)
