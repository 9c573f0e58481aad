"""dev125 positives (2 of 2): first alerts and live entries that report current organised violence
in Africa, South and South-East Asia, the Americas and Europe: wars, insurgencies, terrorist
attacks, riots and crackdowns (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "RSF shells Abu Shouk displacement camp near El Fasher, killing at least 15",
        "The Rapid Support Forces shelled the Abu Shouk camp for displaced people north of El "
        "Fasher on Thursday, killing at least 15 people including women and children, a local "
        "resistance committee said. Residents said shells fell on a market and a water point.",
        "E V D",
        "shelling",
    ),
    (
        "Developing: RSF says it has taken El Fasher; reports of killings as civilians flee",
        "The Rapid Support Forces said on Sunday it had seized the army's last base in El "
        "Fasher, the final Darfur state capital outside its control. Sudanese activists "
        "reported fighters going house to house and killing men, while thousands fled on foot "
        "toward Tawila. The reports could not be verified.",
        "B V D",
        "offensive",
    ),
    (
        "Relief International says nine staff killed as RSF storms Zamzam camp",
        "Nine Relief International staff, among them doctors and drivers, were killed as RSF "
        "fighters stormed Zamzam displacement camp in North Darfur, the charity said on "
        "Saturday. Its clinic was destroyed and tens of thousands of residents were fleeing.",
        "V H D",
        "attack on displacement camp",
    ),
    (
        "Drones hit Port Sudan for third day, fuel depot near airport ablaze",
        "PORT SUDAN, May 6 (Reuters) - Drones struck Port Sudan for a third straight day on "
        "Tuesday, setting a fuel depot near the airport ablaze, witnesses said.",
        "E",
        "drone strike",
    ),
    (
        "UN convoy hit by drone in North Darfur, trucks set ablaze",
        "A 15-truck convoy of the World Food Programme and UNICEF was attacked by a drone while "
        "waiting to enter El Fasher on Monday, killing five people and burning several trucks, "
        "the UN said. It was carrying food and nutrition supplies for a city under siege.",
        "E V H",
        "attack on aid convoy",
    ),
    (
        "ADF attack on church in Komanda kills at least 38, local officials say",
        "Fighters of the Allied Democratic Forces, an IS-linked armed group, attacked worshippers "
        "at a Catholic church in Komanda in eastern Congo's Ituri province overnight, killing at "
        "least 38 people, a civil society leader told AFP. Several houses and shops were burned.",
        "V T",
        "attack on worshippers",
    ),
    (
        "M23 rebels seize Kavumu airport as Congolese troops pull back from Bukavu",
        "GOMA, Congo — Fighters of the Rwanda-backed M23 took control of Kavumu airport north of "
        "Bukavu on Friday after brief clashes with Congolese soldiers, who withdrew toward the "
        "city, residents and a military source said. Shops in Bukavu closed and families "
        "started leaving across the border into Rwanda.",
        "B D",
        "offensive",
    ),
    (
        "Gunfire in Bamako as JNIM claims attack on gendarmerie school and airport",
        "BAMAKO (AFP) — Gunfire and explosions were heard before dawn on Tuesday near a "
        "gendarmerie training school and the military airport in Mali's capital, witnesses "
        "said. The al-Qaeda-linked JNIM said its fighters had carried out the attack; the army "
        "said the situation was under control.",
        "T B",
        "terrorist attack",
    ),
    (
        "JNIM fighters burn fuel tankers on road to Bamako as blockade tightens",
        "Fighters of the al-Qaeda-affiliated JNIM set fire to at least 40 fuel tankers on the "
        "road from Senegal to Bamako on Sunday, transporters said, deepening a blockade that has "
        "left the Malian capital short of fuel and shut schools for two weeks.",
        "T H",
        "blockade",
    ),
    (
        "Jihadists kill hundreds digging trenches around Burkina town, security sources say",
        "Militants of the al-Qaeda-linked JNIM opened fire on villagers and soldiers digging "
        "defensive trenches on the outskirts of Barsalogho on Saturday, killing scores of "
        "civilians, security sources said. Residents said the dead numbered in the hundreds.",
        "T V",
        "massacre",
    ),
    (
        "Gunmen kill dozens overnight in Benue village; survivors shelter in town market",
        "MAKURDI - Gunmen stormed Yelwata in Benue State late Friday, shooting residents and "
        "torching homes, police said. Survivors sheltered in Daudu market; Amnesty "
        "International put the toll above 100.",
        "V D",
        "massacre",
    ),
    (
        "Gunmen abduct 25 schoolgirls from boarding school in Kebbi, kill vice-principal",
        "Armed men on motorcycles stormed a government girls' secondary school in Maga in "
        "Nigeria's Kebbi State before dawn on Monday, abducting 25 students and killing a "
        "staff member, police said. Troops were pursuing the kidnappers into the forest.",
        "V",
        "abduction",
    ),
    (
        "Female suicide bombers hit wedding and hospital in Borno's Gwoza",
        "Suspected Boko Haram suicide bombers, all women, set off explosives at a wedding, a "
        "funeral and a hospital in Gwoza in Nigeria's Borno State on Saturday, killing at least "
        "18 people, the state emergency agency said.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Developing: Blast and gunfire at Mogadishu's Lido beach, al-Shabaab claims attack",
        "MOGADISHU (Reuters) - A suicide bomber blew himself up and gunmen stormed a "
        "beachfront hotel on Lido beach on Friday evening, police said; at least 32 people "
        "were killed. Al-Shabaab claimed responsibility.",
        "T E V",
        "terrorist attack",
    ),
    (
        "Police officers killed by IED in Mandera, Kenya blames al-Shabaab",
        "Five police reservists killed when their vehicle hit an IED near Elwak, Mandera "
        "County; police blame al-Shabaab.",
        "E T",
        "IED attack",
    ),
    (
        "Fano fighters seize town in Ethiopia's Amhara after clashes with federal troops",
        "Fano militiamen took control of a district capital in Amhara's North Wollo zone on "
        "Thursday after hours of fighting with federal forces, residents told the BBC. Phone "
        "lines in the area were cut.",
        "B",
        "battle",
    ),
    (
        "Police fire live rounds at Maputo protesters; rights group says three dead",
        "Police in Mozambique's capital fired tear gas and live ammunition at crowds protesting "
        "the election result on Thursday, killing at least three people, the rights group "
        "Plataforma Decide said. Protesters burned tyres and blocked roads in several "
        "neighbourhoods.",
        "U",
        "crackdown",
    ),
    (
        "Live: Protesters storm Kenya's parliament, part of building ablaze",
        "15:20 Protesters have breached the parliament compound in Nairobi and set part of the "
        "building on fire after MPs voted through the finance bill. Police are firing live "
        "rounds; our reporter has seen at least two bodies outside.",
        "U",
        "riot",
    ),
    (
        "Heavy gunfire in Tripoli; unconfirmed reports armed group leader killed",
        "Heavy gunfire and explosions are being heard in several districts of Tripoli, "
        "residents say, amid unconfirmed reports that the commander of the Stability Support "
        "Apparatus has been killed. Armed convoys were seen moving through Abu Salim. More to "
        "follow.",
        "B",
        "clashes",
    ),
    (
        "Gangs attack Mirebalais, free inmates from prison; residents flee",
        "PORT-AU-PRINCE, Haiti (AP) — Gang members stormed the central Haitian town of "
        "Mirebalais on Monday, freeing more than 500 inmates from its prison and setting "
        "homes alight, officials said. Hundreds of residents fled on foot toward the hills.",
        "B V D",
        "gang offensive",
    ),
    (
        "Gunfights between Sinaloa cartel factions paralyse Culiacán; schools closed",
        "CULIACÁN, Mexico — Gunmen of rival Sinaloa cartel factions fought running battles in "
        "several Culiacán neighbourhoods on Thursday, torching vehicles and blocking streets, "
        "state authorities said. Classes were suspended and the army sent 600 more soldiers.",
        "B",
        "cartel fighting",
    ),
    (
        "ELN offensive in Catatumbo kills at least 80; thousands flee to Cúcuta",
        "BOGOTÁ, Jan 19 (Reuters) - Fighting between ELN guerrillas and FARC dissidents in the "
        "Catatumbo region has killed at least 80 people, the Norte de Santander governor said, "
        "as more than 11,000 people fled to Cúcuta and Tibú.",
        "B D",
        "fighting",
    ),
    (
        "Truck bomb near Cali air base kills six; Petro blames FARC dissidents",
        "A truck loaded with explosives blew up near the Marco Fidel Suárez air base in Cali "
        "on Thursday, killing six people and wounding more than 60, the mayor said. President "
        "Gustavo Petro called it a terrorist attack by FARC dissidents.",
        "E T V",
        "bombing",
    ),
    (
        "FBI investigating New Orleans truck attack as act of terrorism",
        "At least 10 people were killed when a driver rammed a pickup truck into a crowd on "
        "Bourbon Street in New Orleans early Wednesday, officials said. The FBI says it is "
        "investigating the attack as an act of terrorism. This is a developing story and will "
        "be updated.",
        "T V",
        "terrorist attack",
    ),
    (
        "Car ploughs into union march in Munich; prosecutors see Islamist motive",
        "A 24-year-old Afghan man drove a car into a trade union demonstration in central "
        "Munich on Thursday, injuring at least 28 people, police said. The prosecutors' unit "
        "for extremism and terrorism took over the case, saying the suspect had admitted an "
        "Islamist motive.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunmen attack synagogue and churches in Dagestan; police officers among dead",
        "Armed men opened fire on a synagogue, two Orthodox churches and a police post in "
        "Derbent and Makhachkala on Sunday evening, killing several police officers and a "
        "priest, Dagestan's interior ministry said. A counter-terrorist operation regime was "
        "declared in the region.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Police hurt as disorder erupts in Ballymena for second night; homes attacked",
        "Breaking news: Fifteen officers were injured as masked youths threw petrol bombs and "
        "bricks in Ballymena for a second night, the PSNI says, calling it racially motivated "
        "thuggery; several families have fled homes that were attacked. This story is being "
        "updated.",
        "U V D",
        "riot",
    ),
    (
        "France declares state of emergency in New Caledonia as riots kill four",
        "PARIS (AFP) — France declared a state of emergency in New Caledonia on Wednesday after "
        "a third night of riots in which four people, including a gendarme, were killed, and "
        "shops and businesses in Nouméa were looted and burned.",
        "U",
        "riot",
    ),
    (
        "Tbilisi riot police turn water cannon on pro-EU crowd outside parliament",
        "TBILISI — Riot police fired water cannon and tear gas to clear thousands of protesters "
        "from outside parliament overnight, and the interior ministry said 107 people were "
        "detained. Protesters threw fireworks at officers.",
        "U",
        "crackdown",
    ),
    (
        "Police fire on Gen Z protesters outside Nepal parliament; at least 19 killed",
        "KATHMANDU — Police opened fire on young protesters who broke through barricades "
        "outside parliament on Monday, killing at least 19 people, officials said, as "
        "demonstrations against a social media ban spread to other cities. A curfew was "
        "imposed in parts of the capital.",
        "U",
        "crackdown",
    ),
    (
        "Bangladesh orders curfew, army deployed as protest toll climbs",
        "DHAKA (AP) — Bangladesh imposed a nationwide curfew and deployed soldiers on Friday "
        "after police fired tear gas and rubber bullets on student-led protesters over job "
        "quotas. Local media reported that more than 100 people had been killed this week.",
        "U",
        "crackdown",
    ),
    (
        "Slovak PM Fico shot after government meeting; minister calls it political attack",
        "Slovak Prime Minister Robert Fico was shot several times outside a cultural centre in "
        "Handlova on Wednesday and taken to hospital in a life-threatening condition. The "
        "interior minister said the attack was politically motivated. A suspect was detained.",
        "V",
        "assassination attempt",
    ),
]
