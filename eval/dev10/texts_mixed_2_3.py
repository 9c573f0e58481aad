"""dev10 texts: mixed regions, parts 2 and 3 (the regional batches are part 1)."""

from figset import F

# ---------------------------------------------------------------- mixed regions, part 2

F(
    "Colombia: Embera families return to Choco after months in Bogota park",
    "[[About 1,000 Embera people|returned;a=the Victims' Unit]] living in a Bogota park were taken back to their reserves in Choco and Risaralda, the Victims' Unit said in {{2022}}. "
    "[[A further 400|displaced]] refused to leave, saying armed groups still control their land, and [[three children|killed]] died in the camp during the year.",
)

F(
    "Colombia: landmine blasts injure civilians in Narino",
    "Landmines planted by armed groups wounded [[at least 14 civilians|injured;a=the Red Cross]] in Narino in {{2023}}, among them [[six children|injured;a=the Red Cross]], the Red Cross said. "
    "[[Some 5,000 people|civilians;a=the Red Cross]] in [[12 communities|other;u=other;a=the Red Cross]] are confined by the mines, it said.",
)

F(
    "Mexico: search collectives find bodies in Jalisco ranch",
    "A search collective found the remains of [[at least 200 people|killed;a=the collective]] at a ranch in Teuchitlan, the collective said, in a state where [[more than 15,000 people|missing;a=official figures]] are listed as missing, according to official figures. "
    "Investigators said [[about 1,300 items|other;a=Investigators]] of clothing and [[hundreds of shoes|other;u=other;a=Investigators]] were recovered.",
)

F(
    "Haiti: hospital attacked in capital, patients evacuated",
    "Gang members stormed the State University Hospital in Port-au-Prince, and [[about 40 patients|displaced;a=the hospital director]] were evacuated to other facilities, the hospital director said. "
    "[[Two nurses|missing;a=the hospital director]] have not been heard from, and [[four people|injured;a=the hospital director]] were shot during the evacuation, he said.",
)

F(
    "Haiti: displaced families leave Port-au-Prince for the provinces",
    "[[More than 116,000 people|displaced;a=the IOM]] left the Port-au-Prince metropolitan area in three weeks, most of them for the Grand Sud departments, the IOM said. "
    "Host families in Les Cayes are taking in relatives, and [[some 6,000 people|aid;a=local officials]] have received cash transfers, local officials said.",
)

F(
    "Ecuador: miners killed and missing after attack in Esmeraldas",
    "Gunmen attacked an informal gold mine in Esmeraldas province, killing [[nine miners|killed;a=the national police]] and wounding [[five|injured;a=the national police]], the national police said. "
    "[[At least eight workers|missing;a=relatives]] are missing, relatives said. [[About 120 families|displaced]] from the mining camp have moved to San Lorenzo.",
)

F(
    "Venezuela: Tren de Aragua members deported from US arrive in Caracas",
    "A deportation flight from Texas landed in Maiquetia with [[177 Venezuelan migrants|returned;a=the Interior Ministry]], the Interior Ministry said, adding that [[nine of them|arrested;n=-;a=the Interior Ministry]] were detained on arrival on suspicion of gang links. "
    "[[More than 250 Venezuelans|arrested]] are held in El Salvador after being sent there by the US government, which said they were gang members.",
)

F(
    "Brazil: floods of Venezuelans at Pacaraima border post",
    "[[About 500 Venezuelans a day|displaced;a=the Federal Police]] crossed the border at Pacaraima in {{May}}, the Federal Police said. "
    "The army's reception post there has [[1,000 places|capacity;a=the army]], the army said, and [[about 300 people|civilians]] sleep in the bus station.",
)

F(
    "Mali: Timbuktu blockade leaves residents without food",
    "The JNIM blockade of Timbuktu has left [[tens of thousands of residents|civilians;a=the city's crisis committee]] without regular supplies, the city's crisis committee said. "
    "[[Some 33,000 people|displaced;a=UNHCR]] from the city and surrounding villages have crossed into Mauritania's Mbera camp this year, according to UNHCR. Rocket fire killed [[at least 7 people|killed]] at the airport.",
)

F(
    "Mali: civilians killed on boat on Niger river",
    "An attack on a passenger boat on the Niger river near Banamba killed [[at least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]], the transitional government said. "
    "[[Dozens of passengers|missing]] are feared drowned, and [[more than 20|injured]] were taken to Gao.",
)

F(
    "Burkina Faso: returnees to Titao receive aid",
    "[[Some 12,000 displaced people|returned;a=the regional governor]] have returned to Titao after the army reopened the road, the regional governor said. "
    "The WFP has handed food rations to [[3,200 households|aid;a=The WFP]] in the town, The WFP said, and [[about 600 houses|housing;a=The WFP]] need repairs.",
)

F(
    "Niger: flows of displaced people into Ouallam",
    "[[Between 8,000 and 10,000 people|displaced;a=the prefect of Ouallam]] have arrived in Ouallam in a month after jihadist attacks on nearby villages, the prefect of Ouallam said. "
    "[[More than 70 houses|housing]] were burned in the attacks, and [[five villagers|missing]] have not been found.",
)

F(
    "Nigeria: communal clashes in Benue displace villagers",
    "Attacks by armed herders on farming villages in Benue killed [[at least 56 people|killed;a=the state governor]] and injured [[dozens|injured;a=the state governor]], the state governor said. "
    "[[Over 3,000 people|displaced;a=the state emergency management agency]] were moved to [[two camps|capacity;a=the state emergency management agency]] in Makurdi, according to the state emergency management agency.",
)

F(
    "Nigeria: Kebbi schoolgirls and teachers return home",
    "[[Twenty-four schoolgirls|kidnapped;a=the state police command]] abducted from a secondary school in Kebbi state have been released and reunited with their families, the state police command said. "
    "[[One teacher|kidnapped]] is still held, and [[one pupil|killed]] died in captivity.",
)

F(
    "Cameroon: Nigerian refugees pushed back from Far North",
    "Cameroon forcibly returned [[about 100,000 Nigerian refugees|returned;a=Human Rights Watch]] in {{2017}}, Human Rights Watch said. "
    "Minawao camp, designed for [[about 30,000 people|capacity;a=UNHCR]], now holds [[more than 70,000|displaced;a=UNHCR]], according to UNHCR.",
)

F(
    "CAR: floods of displaced people into Obo after Azande Ani Kpi Gbe attacks",
    "[[Between 6,000 and 7,000 people|displaced;a=OCHA]] have fled to Obo from surrounding villages, OCHA said, after attacks by the Azande Ani Kpi Gbe militia that killed [[at least 15 people|killed;a=OCHA]]. "
    "[[About 1,500|displaced]] are staying at the MINUSCA base.",
)

F(
    "DRC: displaced families go back to Masisi villages",
    "[[About 150,000 people|returned;a=local authorities]] have returned to Masisi after the {{M23}} withdrew from several localities, local authorities said. "
    "[[Nearly 60 schools|housing]] were damaged during the fighting, and [[at least 21 residents|missing]] are still unaccounted for.",
)

F(
    "DRC: Bunia hospital treats machete wounds after CODECO raid",
    "The general hospital in Bunia treated [[36 people|injured;a=Medecins Sans Frontieres]] with machete and gunshot wounds after a CODECO attack on Djugu villages, Medecins Sans Frontieres said. "
    "[[At least 18 people|killed;a=Medecins Sans Frontieres]] were killed and [[more than 120 homes|housing;a=Medecins Sans Frontieres]] burned, it said.",
)

F(
    "Mozambique: Chiure district floods with people fleeing insurgents",
    "[[About 67,000 people|displaced;a=the IOM]] fled to Chiure district in two weeks after insurgents attacked villages in {{February 2024}}, the IOM said. "
    "[[More than 70 children|missing;a=Save the Children]] were separated from their families during the flight, Save the Children said. [[500 houses|housing]] were burned in the raids.",
)

F(
    "Ethiopia: Afar residents flee border clashes",
    "Clashes between Afar and Somali militias along the regional border displaced [[about 12,000 people|displaced;a=the Afar regional government]] and killed [[at least 30|killed;a=the Afar regional government]], the Afar regional government said. "
    "[[Several hundred|injured]] were taken to hospitals in Semera and Dubti.",
)

F(
    "Somalia: Las Anod clashes displace residents",
    "Fighting in Las Anod between Somaliland forces and local clan militias has displaced [[between 154,000 and 203,000 people|displaced;a=the UN]], the UN said in {{2023}}. "
    "[[Up to 100,000|displaced;a=UNHCR]] crossed into Ethiopia, UNHCR said, and [[about 600 people|injured;a=the general hospital]] have been treated at the general hospital, according to the general hospital.",
)

F(
    "South Sudan: Malakal camp crowded with returnees from Sudan",
    "[[About 40,000 people|displaced;a=Medecins Sans Frontieres]] now live in the Malakal protection site, which was built for [[12,000|capacity;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said. "
    "More than half are returnees from Sudan who could not go back to their home areas, and [[two children|killed]] died of cholera in a week.",
)

F(
    "Sudan: residents return to Khartoum after army takes capital",
    "[[About 400,000 people|returned;a=the IOM]] have returned to Khartoum state since the army retook the capital, the IOM said. "
    "[[More than 3.5 million|displaced]] remain displaced from the state, and [[at least 500 homes|housing]] in Omdurman were found looted and burned.",
)

F(
    "Sudan: Darfur refugees in Chad camps short of water",
    "[[Over 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since {{April 2023}}, UNHCR said. "
    "In the Adre area, [[about 180,000|displaced;a=Medecins Sans Frontieres]] live in makeshift camps with one latrine for every {{200 people}}, according to Medecins Sans Frontieres.",
)

F(
    "Pakistan: Tirah valley residents flee military operation",
    "[[About 10,000 families|displaced;a=tribal elders]] have left the Tirah valley ahead of a military operation against militants, tribal elders said. "
    "The government said it had registered [[3,500 families|aid;a=The government]] for cash aid and would set up [[two camps|capacity;p;a=The government]] in Bara.",
)

F(
    "India: Manipur violence leaves villagers missing",
    "[[Six people|missing;a=police]], among them [[three children|missing;a=police]], went missing from a relief camp in Jiribam after gunmen attacked a police post nearby, police said. "
    "[[Ten militants|killed]] were killed in the gunfight, and [[two civilians|injured]] were wounded.",
)

F(
    "Bangladesh: Rohingya boat capsizes, dozens missing",
    "A boat carrying [[about 70 Rohingya refugees|other;a=UNHCR]] to Malaysia capsized off Cox's Bazar, and [[at least 40 people|missing;a=UNHCR]] are missing, UNHCR said. "
    "The coast guard rescued [[24 survivors|other;a=The coast guard]], The coast guard said.",
)

F(
    "Myanmar: villages burned in Sagaing, thousands in forests",
    "Junta troops burned [[more than 500 houses|housing;a=local resistance groups]] in [[seven villages|other;a=local resistance groups]] in Sagaing's Kani township, local resistance groups said. "
    "[[About 10,000 villagers|displaced]] are hiding in nearby forests, and [[at least 17|killed]] were killed.",
)

F(
    "Myanmar: Rakhine residents trapped by fighting in Sittwe",
    "[[More than 200,000 people|civilians;a=the World Food Programme]] in Sittwe are cut off by land and sea, and [[up to 2 million people|civilians;a=the World Food Programme]] in Rakhine face famine, the World Food Programme said. "
    "It said it had reached only [[40,000 people|aid;a=the World Food Programme]] since the fighting began.",
)

F(
    "Philippines: evacuees in Basilan return after military clears area",
    "[[About 2,800 families|returned;a=the provincial government]] have returned to their homes in Sumisip after the military cleared the area of Abu Sayyaf remnants, the provincial government said. "
    "[[Around 400 families|displaced;a=the provincial government]] remain in evacuation centres because [[120 houses|housing;a=the provincial government]] were destroyed, it said.",
)

F(
    "Thailand: villagers in southern province affected by curfew",
    "The curfew imposed in [[three districts|other;u=other;a=the provincial governor]] of Yala after a series of bombings affects [[about 90,000 residents|civilians;a=the provincial governor]], the provincial governor said. "
    "[[Eight people|injured]] were hurt in the bombings.",
)

F(
    "Azerbaijan: returnees settle in Aghdam and Fuzuli under Great Return programme",
    "[[About 1,000 families|returned;a=the Azerbaijani government]] have moved into newly built homes in Aghdam and Fuzuli, the Azerbaijani government said. "
    "It plans to resettle [[34,500 families|returned;p;a=the Azerbaijani government]] by {{2026}}, and [[more than 300 people|killed;a=the Azerbaijani government]] have been killed by landmines since {{2020}}.",
)

F(
    "Georgia: South Ossetia detentions along boundary line",
    "Russian border guards detained [[17 Georgian citizens|arrested;a=the State Security Service]] along the South Ossetian boundary line in the first half of the year, the State Security Service said. "
    "[[Five of them|arrested;n=-;a=the State Security Service]] are still held in Tskhinvali, it said.",
)

F(
    "Armenia: Karabakh refugees still in temporary shelters a year on",
    "[[About 9,000 refugees|displaced;a=the Social Affairs Ministry]] from Nagorno-Karabakh still live in temporary shelters, the Social Affairs Ministry said, a year after [[more than 100,000|displaced;a=the Social Affairs Ministry]] fled. "
    "[[Around 8,000 of them|other;n=-]] have received Armenian citizenship.",
)


# ---------------------------------------------------------------- mixed regions, part 3

F(
    "Colombia: Catatumbo displaced fill Tibu coliseum",
    "[[About 2,600 people|displaced;a=the mayor of Tibu]] are sleeping in the municipal coliseum and [[three schools|capacity;a=the mayor of Tibu]], the mayor of Tibu said. "
    "[[Between 300 and 400 families|displaced]] arrive each day, and the government has sent [[40 tonnes|aid]] of food.",
)

F(
    "Haiti: Mirebalais falls to gangs, prisoners freed",
    "Gangs overran Mirebalais and freed [[529 inmates|other;a=the government]] from the town's prison, the government said in {{March 2025}}. "
    "[[More than 6,000 residents|displaced;a=the IOM]] fled towards Saut-d'Eau and Lascahobas, the IOM said, and [[dozens of people|civilians]] were trapped in a church.",
)

F(
    "Mali: refugees flee to Mauritania after Wagner raids",
    "[[About 7,000 Malians|displaced;a=UNHCR]] crossed into Mauritania in a month after raids by Malian troops and Russian mercenaries on border villages, UNHCR said. "
    "Mbera camp now hosts [[more than 100,000 refugees|displaced;a=UNHCR]] and aid agencies need to build [[2,000 more shelters|capacity;p;a=UNHCR]], it said.",
)

F(
    "Burkina Faso: Fada N'Gourma host families overwhelmed",
    "[[Some 45,000 displaced people|displaced;a=the regional social action office]] live with host families in Fada N'Gourma, the regional social action office said. "
    "[[About 15,000 residents|civilians]] of the town also need food aid, and [[two distribution sites|other]] serve the whole population.",
)

F(
    "Nigeria: Borno camp closures push displaced back to villages",
    "The Borno government has closed [[six camps|capacity;a=The Borno government]] in Maiduguri and sent [[about 140,000 people|returned;a=The Borno government]] back to their home areas, The Borno government said. "
    "Aid groups said [[at least 20,000|displaced;a=Aid groups]] of them ended up in informal settlements around garrison towns.",
)

F(
    "DRC: Beni residents flee ADF attacks towards Oicha",
    "[[Between 10,000 and 12,000 people|displaced;a=civil society leaders]] have fled villages around Eringeti towards Oicha after ADF attacks, civil society leaders said. "
    "[[Four churches|capacity;a=civil society leaders]] are being used as shelters, they said, and [[about 8,000 residents|civilians]] remain in Eringeti.",
)

F(
    "Ethiopia: displaced in Tigray's Shire sites wait to go home",
    "[[About 800,000 displaced people|displaced;a=the Tigray interim administration]] are still in camps and host communities in Tigray, the Tigray interim administration said. "
    "In Shire, [[more than 600 families|displaced]] share [[one former university campus|capacity;u=structure;n=campus]], and [[160 people a day|aid]] are treated for malnutrition.",
)

F(
    "Somalia: Beledweyne residents in need after al-Shabaab attack",
    "An al-Shabaab truck bomb in Beledweyne killed [[at least 30 people|killed;a=local officials]], local officials said. "
    "[[Some 2,000 households|civilians;a=the district commissioner]] in the area are in need of aid, the district commissioner said, and [[450 displaced families|displaced;a=the district commissioner]] lost their shelters.",
)

F(
    "Sudan: White Nile camps receive families from Khartoum",
    "[[More than 30,000 people|displaced;a=UNHCR]] have arrived in White Nile state from Khartoum in two weeks, UNHCR said, joining [[about 200,000 South Sudanese refugees|displaced;a=UNHCR]] in [[ten camps|capacity;a=UNHCR]]. "
    "[[Over 90 children|killed]] died of measles and malnutrition in the camps.",
)

F(
    "Pakistan: Bajaur families leave homes ahead of operation",
    "[[About 7,000 families|displaced;a=the district administration]] have left their homes in Bajaur's Mamund tehsil ahead of a military operation, the district administration said. "
    "The administration has set up [[107 relief camps|capacity;a=The administration;alt=the district administration]] in government buildings, The administration said.",
)

F(
    "India: Manipur people displaced to Mizoram",
    "[[More than 12,000 people|displaced;a=Mizoram officials]] from Manipur have taken shelter in Mizoram, Mizoram officials said. "
    "[[About 40,000 refugees|displaced]] from Myanmar also live in the state, and the state has asked for funds for [[at least 5,000 more food kits|aid;p]].",
)

F(
    "Myanmar: people flee to Thai border after junta airstrikes in Karen state",
    "[[Up to 10,000 people|displaced;a=the Karen National Union]] fled to the Moei river after junta airstrikes on villages in Karen state, the Karen National Union said. "
    "[[About 2,000|displaced;a=Thai officials]] crossed into Thailand, Thai officials said, and [[about 1,200 of them|returned;n=-;a=Thai officials]] were sent back within days.",
)

F(
    "Philippines: Sulu fighting displaces villagers",
    "Fighting between troops and Abu Sayyaf gunmen in Patikul displaced [[some 1,500 families|displaced;a=the municipal social welfare office]], the municipal social welfare office said. "
    "[[Five soldiers|injured]] were wounded in the clashes.",
)

F(
    "Armenia: villagers of Tegh fear new displacement",
    "[[About 2,500 residents|civilians;a=the village head]] of Tegh live within range of Azerbaijani positions, the village head said. "
    "[[Around 100 families|displaced;a=the village head]] moved to Goris after the {{2022}} clashes, he said, and [[40 houses|housing;a=the village head]] are still damaged.",
)
