"""dev8 texts: posts, captions, fact checks and human interest (batches 2 and 3), dense items (batch
7), posts (batch 4) and summaries (batch 3).

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(marks.py). Split from build.py, unchanged.
"""

from marks import F

# ---------------------------------------------------------------- posts, batch 3

F(
    "Post: Ternopil search operation ends",
    "DSNS: Search operation in Ternopil completed - toll [[34|killed;a=DSNS]] dead, including [[6 children|killed;a=DSNS]], and [[94|injured;a=DSNS]] injured. [[18 people|missing]] remain missing.",
)

F(
    "Post: IOM Director General on Sudan",
    "IOM DG: Sudan is now the world's largest displacement crisis: [[over 12 million|displaced;a=IOM DG]] forced from their homes. We need access, and we need it now.",
)

F(
    "Post: MONUSCO on Bunia site",
    "MONUSCO: Our peacekeepers are protecting [[some 30,000 IDPs|displaced;a=MONUSCO]] at the Bunia site after renewed attacks. A rapid reaction force of [[400 troops|combatants]] has been deployed.",
)

F(
    "Post: Lebanese army",
    "Lebanese Army: Units deployed in [[10 border towns|other;a=Lebanese Army]] in the south after the Israeli withdrawal. #LebaneseArmy",
)

F(
    "Post: Sudanese Armed Forces spokesman on prisoners",
    "Armed forces spokesman: [[127 RSF fighters|arrested;a=Armed forces spokesman]] captured in the Bahri operation, [[41 vehicles|other;a=Armed forces spokesman]] seized.",
)

F(
    "Post: Kenyan rights group on abductions",
    "LSK (Law Society of Kenya): [[82 people|kidnapped;a=LSK]] abducted since June; [[29|missing]] still unaccounted for. #EndAbductions",
)

F(
    "Post: Rohingya activist on fire",
    "Rohingya activist: Fire in Camp 11 destroyed [[over 2,000 shelters|housing;a=Rohingya activist]], leaving [[12,000 refugees|displaced;a=Rohingya activist]] without a roof. Again.",
    ["Camp 11"],
)

F(
    "Post: WFP Afghanistan",
    "WFP Afghanistan: We're providing emergency food to [[more than 80,000 returnees|aid;a=WFP Afghanistan]] at Islam Qala and Torkham. Each family gets {{one month}} of rations.",
)

F(
    "Post: UN Human Rights in Myanmar",
    "UN Human Rights: Since the coup, [[at least 6,000 civilians|killed;a=UN Human Rights]] have been killed and [[over 28,000|arrested;a=UN Human Rights]] arrested in Myanmar; [[more than 21,000|arrested;a=UN Human Rights]] remain in detention.",
)

F(
    "Post: Kharkiv mayor",
    "Terekhov: Hit on a residential area in Kharkiv - currently [[3|killed;a=Terekhov]] dead, [[17|injured;a=Terekhov]] wounded. Info being updated.",
)

# ---------------------------------------------------------------- captions, batch 2

F(
    "Photo caption: Ukrainian evacuees at Zaporizhzhia centre",
    "Evacuees from Vasylivka queue for registration at the Zaporizhzhia humanitarian hub, which city officials say has received [[more than 1,100 people|displaced;a=city officials]] this week. (Photo by Reuters)",
)

F(
    "Video caption: Mahad camp Juba",
    "WATCH: Inside Juba's Mahad camp, home to [[an estimated 10,000 displaced South Sudanese|displaced;n=South Sudanese]], where [[just four classrooms|other;u=structure]] serve [[2,000 children|displaced]].",
)

F(
    "Caption: Sudanese refugees in Egypt",
    "Sudanese refugees wait at the Qustul crossing. Egypt says it has received [[more than 1.2 million Sudanese|displaced;a=Egypt]] since the war began.",
)

F(
    "Caption: Armenian refugees in Goris",
    "A family from Stepanakert rests at a hotel in Goris, one of [[dozens of hotels|capacity;a=local authorities]] local authorities say have taken in refugees.",
)

F(
    "Caption: Sri Lanka mass grave",
    "Forensic experts at the Chemmani site in Jaffna, where [[at least 40 skeletons|killed;a=court officials]] have been exhumed, court officials say.",
)

# ---------------------------------------------------------------- fact checks, batch 2

F(
    "Fact check: refugee camp figure in Kenya",
    "CLAIM: Kakuma camp now holds [[1 million refugees|displaced]]. "
    "VERDICT: False. UNHCR registered [[about 300,000|displaced;a=UNHCR]] in Kakuma and the Kalobeyei settlement at the end of last year.",
)

F(
    "Fact check: Gaza food parcels video",
    "A video said to show [[thousands of food parcels|aid;a=A video]] rotting at the Rafah crossing was filmed at a warehouse in Egypt in {{2023}}. "
    "WFP says it has [[more than 170,000 tonnes|aid;a=WFP]] of food waiting to enter Gaza, enough for [[1 million people|aid;p]] for {{four months}}.",
)

F(
    "Fact check: Myanmar refugee arrivals in Mizoram",
    "Posts claim [[100,000 Myanmar refugees|displaced;a=Posts]] entered Mizoram last month. "
    "Mizoram's home department says [[about 32,000|displaced;a=Mizoram's home department]] are sheltering in the state in total, most of them since {{2021}}.",
)

F(
    "Fact check: hostage numbers in Mali",
    "A viral message says jihadists are holding [[more than 50 foreigners|kidnapped;a=A viral message]] in Mali. "
    "The true number is lower: [[fewer than 10|kidnapped;a=security analysts]] foreign hostages are known to be held in the Sahel, security analysts say.",
)

# ---------------------------------------------------------------- human interest, batch 3

F(
    "Feature: a bus driver in Kherson",
    'Serhiy drives the evacuation bus out of Kherson twice a week. "Each trip, [[maybe 40 people|displaced;a=Serhiy]]," he says. "In spring there were [[300|displaced;p]] on the waiting list."',
)

F(
    "Feature: Ukrainian grandmother back in Kupiansk",
    'Valentyna came back to Kupiansk in {{March}}. "[[Four families|returned;a=Valentyna]] have come back to our building," she said. "Before there were [[36|civilians;u=household]]."',
)

F(
    "Human interest: the football pitch camp in Tawila",
    'The football pitch in Tawila is now a camp. "We were [[about 2,000 families|displaced;a=Abdelrahman]] the first night," said Abdelrahman, a teacher from El Fasher.',
)


# ---------------------------------------------------------------- batch 7: dense items

F(
    "Radio bulletin: Myanmar Karenni offensive",
    "Myanmar. Aid groups in Karenni state say [[between 150,000 and 200,000 people|displaced;a=Aid groups in Karenni state]] are now sheltering in the jungle and in [[more than 200 camps|capacity;a=Aid groups in Karenni state]]. "
    "They say [[at least 30 civilians|killed;a=Aid groups in Karenni state]] died in air strikes this month, [[dozens of houses|housing;a=Aid groups in Karenni state]] were destroyed and [[about 40 people|missing;a=Aid groups in Karenni state]] are missing after fleeing across the Salween.",
)

F(
    "TV bulletin: Tigray and Afar border tensions",
    "Ethiopia. Officials in Afar say clashes along the Tigray border have displaced [[roughly 25,000 people|displaced;a=Officials in Afar]] and left [[an estimated 70,000|civilians;a=Officials in Afar]] in need of food. "
    "[[Some 120 houses|housing]] have been burned, and [[13 people|missing]] are unaccounted for.",
)

F(
    "Bulletin: Ukraine Toretsk civilians",
    "Ukraine. Police in Donetsk region say [[about 700 civilians|civilians;a=Police in Donetsk region]] remain in Toretsk, including [[nine children|civilians;a=Police in Donetsk region]], despite the fighting. "
    "They say their White Angels units evacuated [[26 people|displaced;a=Police in Donetsk region]] this week, and [[four|injured;a=Police in Donetsk region]] were wounded by drones on the way out.",
)

F(
    "Bulletin: Gaza journalists",
    "Media freedom groups say [[at least 170 journalists|killed;a=Media freedom groups]] have been killed in Gaza, [[more than 50|injured;a=Media freedom groups]] injured and [[two|missing;a=Media freedom groups]] missing.",
)

F(
    "Bulletin: Mozambique Mocímboa returnees",
    "Mozambique. The provincial government says [[some 600,000 people|returned;a=The provincial government]] have returned to their districts in Cabo Delgado, while [[around 100,000|displaced;a=The provincial government]] remain in [[about 70 resettlement sites|capacity;u=other;a=The provincial government]].",
)

F(
    "Bulletin: Somalia al-Shabaab hostage release",
    "Somalia. Clan elders say al-Shabaab has freed [[17 hostages|kidnapped;a=Clan elders]] taken from a bus near Beledweyne, but [[as many as 30|kidnapped;a=Clan elders]] are still being held.",
)

F(
    "Bulletin: Libya Derna and migrants",
    "Libya. The Red Crescent says [[at least 11 migrants|killed;a=The Red Crescent]] drowned and [[22|missing;a=The Red Crescent]] are missing after their boat sank off Tobruk. [[Nineteen|other]] were rescued.",
)

F(
    "Bulletin: Honduras prison riot",
    "Honduras. [[Forty-six women|killed;a=prison officials]] were killed in a riot between rival gangs at the women's prison in Támara, prison officials say. "
    "[[Seven|injured]] were taken to hospital.",
)

F(
    "Bulletin: DRC Walikale",
    "Congo. Residents of Walikale say [[thousands|displaced;a=Residents of Walikale]] have fled the town as M23 rebels advanced, and [[some 600|displaced;a=Residents of Walikale]] are sheltering in the Catholic mission. "
    "A local hospital says it has treated [[more than 45 wounded|injured;a=A local hospital]] since Tuesday.",
    ["M23"],
)

F(
    "Bulletin: Iraq Anbar returnee camp",
    "Iraq. The last camp in Anbar, Amriyat al-Fallujah, has closed; the migration ministry says its [[2,300 residents|returned;a=the migration ministry]] went home or moved to relatives. "
    "[[Around 400 families|displaced]] with suspected IS links remain in the Jeddah camp in Nineveh.",
    ["Jeddah"],
)

# ---------------------------------------------------------------- posts, batch 4

F(
    "Post: NRC on Ukraine frontline",
    "NRC Ukraine: [[4.6 million people|civilians;a=NRC Ukraine]] in frontline areas need shelter repairs before winter. Our teams have fixed [[over 2,000 homes|housing]] in Kharkiv region since {{August}}.",
)

F(
    "Post: Sudan Tribune breaking",
    "BREAKING - RSF shells Omdurman market: [[40+|killed;q=at_least;n=-;a=medics]] killed, [[70+|injured;q=at_least;n=-;a=medics]] wounded - medics",
)

F(
    "Post: Tigray health bureau",
    "Tigray Health Bureau: [[1,329 people|killed;a=Tigray Health Bureau]] died of hunger-related causes in IDP camps in {{six months}}. [[Over 500 children|civilians]] in the camps are severely malnourished.",
)

F(
    "Post: Ukrainian Coordination Headquarters on missing",
    "Coordination Headquarters: [[over 63,000 Ukrainians|missing;a=Coordination Headquarters]] are listed as missing under special circumstances, [[more than 3,900|other;a=Coordination Headquarters]] of them have been located.",
)

F(
    "Post: Haiti civil protection",
    "Haiti Civil Protection: [[1,600 families|displaced;a=Haiti Civil Protection]] displaced from Carrefour-Feuilles staying at [[5 sites|capacity;u=other;a=Haiti Civil Protection]]; [[3,200 hygiene kits|aid]] distributed.",
)

F(
    "Post: Syrian Civil Defence",
    "White Helmets: Our teams pulled [[12 injured people|injured;a=White Helmets]] alive from the rubble in Idlib and recovered [[7 bodies|killed;a=White Helmets]]. [[Two|missing]] still missing. #Syria",
)

F(
    "Post: Nigeria army on rescued captives",
    "Nigerian Army: Troops of Operation Hadin Kai rescued [[76 kidnapped victims|kidnapped;a=Nigerian Army]], neutralised [[12 terrorists|killed;a=Nigerian Army]] and arrested [[5 logistics suppliers|arrested;a=Nigerian Army]] in Borno.",
)

# ---------------------------------------------------------------- summaries, batch 3

F(
    "Summary: Tigray IDP numbers",
    "[[About 1 million people|displaced;a=the interim administration]] remain displaced in Tigray, the interim administration said, [[more than 300,000|displaced;a=the interim administration]] of them in [[89 collective centres|capacity;a=the interim administration]] such as schools.",
)

F(
    "Summary: Gaza famine",
    "A UN-backed report said [[more than 500,000 people|civilians;a=A UN-backed report]] in Gaza face catastrophic hunger and that the number could rise to [[640,000|civilians;a=A UN-backed report;p]] by {{September}}.",
)

F(
    "Summary: Ukraine apartment strike toll",
    "The toll from a Russian missile strike on an apartment block in Dnipro rose to [[46|killed;a=officials]], officials said, with [[about 20 people|missing;a=officials]] still missing and [[72 apartments|housing;a=officials]] destroyed.",
)

F(
    "Summary: Bangladesh Rohingya camp fires",
    "A fire in a Rohingya camp in Cox's Bazar left [[about 7,000 refugees|displaced;a=officials]] homeless, officials said, after it destroyed [[more than 800 shelters|housing;a=officials]], [[six learning centres|housing;u=structure;a=officials]] and a mosque.",
)
