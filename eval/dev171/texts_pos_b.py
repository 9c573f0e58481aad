"""dev171 positives (2 of 2): opinion pieces that describe, or rest on, current organised
violence or its direct consequences: Dublin, Iran, Izium, Benue, Catatumbo, Quito, Goma,
Poonch, Karabakh, Yemen, Paris, the Syrian coast, southern Israel, Mogadishu and Aleppo
(eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Dublin's night of shame was not a protest, and we should stop calling it one",
        "By eight o'clock on Thursday evening, a Luas tram was burning on O'Connell Bridge, a "
        "bus had been set alight outside the GPO, and gardaí in riot gear were being pelted "
        "with bottles and fireworks on the main street of the capital. It had taken just a few "
        "hours for a stabbing outside a school on Parnell Square, in which three young "
        "children and a care worker were injured, to be turned by a network of online "
        "agitators into a pretext for a riot. Shops on Talbot Street and O'Connell Street were "
        "looted; 34 people were arrested overnight. The man suspected of the stabbing was not, "
        "as the messages claimed within minutes, a recent arrival; he had been an Irish "
        "citizen for years. It was a Brazilian delivery rider and passers-by who stepped in to "
        "stop him. The Garda Commissioner has called the rioters a hooligan faction driven by "
        "far-right ideology. That is accurate but incomplete. The far right in Ireland is "
        "small, but it has learned to turn every crime into a story about immigration, and the "
        "platforms let it do so at speed. The State should answer why a city centre could be "
        "surrendered for hours, and the platforms should answer for what they allowed to "
        "spread.",
        "U",
        "riot",
    ),
    (
        "Iran's 'Bloody Friday' in Zahedan shows how far the regime will go",
        "The worshipers who left the Makki mosque in Zahedan after Friday prayers last week "
        "did not expect a massacre. Some of them gathered outside a nearby police station to "
        "protest the alleged rape of a 15-year-old Baluch girl by a police commander. Security "
        "forces opened fire from rooftops with live ammunition; witnesses describe snipers "
        "aiming at people's heads and chests. Amnesty International says at least 66 people, "
        "including children, were killed, making it the bloodiest single day since protests "
        "erupted across Iran over the death in custody of Mahsa Amini. The authorities claim "
        'that "separatist terrorists" attacked the police station. It is the regime\'s standard '
        "script, and Baluch Iranians, long the poorest and most persecuted minority in the "
        "country, have heard it before. Meanwhile, across Iran, young women are still taking "
        "off their headscarves in the streets, and security forces are still beating and "
        "arresting them by the thousands. Western governments have responded to the crackdown "
        "with sanctions on individual officials. They should go further: expel the regime's "
        "envoys from international forums, support internet access for Iranians and make clear "
        "that those who fired on worshipers in Zahedan will one day face justice.",
        "U V",
        "crackdown",
    ),
    (
        "The graves of Izium are what Russian occupation means",
        "Behind the city cemetery of Izium, in a pine forest that Ukrainian troops reached "
        "only after the Russian retreat this month, investigators have begun to exhume more "
        "than 440 graves. Most are marked with nothing more than wooden crosses and numbers. "
        "Some of the bodies recovered so far bear signs of torture: bound hands, broken ribs, "
        "a rope around the neck. Among them are children and a family buried together. "
        "Ukrainian police say they have also found torture chambers across the liberated areas "
        "of Kharkiv Oblast, including a police station basement where people were held with "
        "electric wires attached to their bodies. This is what life under Russian occupation "
        "looked like for six months, and this is what Moscow wants the world to accept in "
        'exchange for "peace." There are still voices in Western capitals arguing that Ukraine '
        "should negotiate away territory. Izium, like Bucha before it, is the answer. Every "
        "village left under Russian control is a village where this can continue. "
        "International investigators must be given full access, the evidence must be preserved "
        "for the courts, and the weapons that made the liberation of Izium possible must keep "
        "flowing.",
        "V",
        "mass grave",
    ),
    (
        "Yelwata: How many more Benue villages must burn before Abuja acts?",
        "The killers came to Yelwata late on Friday night, when most residents were asleep. "
        "According to survivors and local officials, armed men went from house to house in the "
        "Guma Local Government Area town, setting homes ablaze with people inside and shooting "
        "those who ran. Many of the victims were displaced farmers who had been sleeping in "
        "the town's market stalls after fleeing earlier attacks on their villages. The state "
        "government says about 100 people were killed; Amnesty International and local leaders "
        "put the toll higher. Thousands of survivors have since fled to Makurdi and Daudu. The "
        "federal government's response has followed a familiar script: a presidential "
        "condemnation, a visit, a promise that the perpetrators will be found. They rarely "
        "are. Benue has buried its people in mass graves so often in the last decade that "
        '"Benue killings" has become a category rather than a headline. Whether the attackers '
        "are herders, bandits or militias with ethnic agendas, they operate with impunity in "
        "the Middle Belt because the state is absent. Abuja must deploy security forces that "
        "stay, prosecute the killers it arrests and address the contest over land that fuels "
        "these attacks.",
        "V D",
        "massacre",
    ),
    (
        "Catatumbo's exodus is a verdict on 'total peace'",
        "In the space of a week, more than 40,000 people have fled their homes in Catatumbo, "
        "the mountainous border region of Norte de Santander where coca, guerrillas and the "
        "state's absence have coexisted for decades. The National Liberation Army (ELN) "
        "launched an offensive against the dissident FARC faction that controls part of the "
        "area, hunting down people it accused of collaborating with its rivals. Former FARC "
        "combatants who signed the 2016 peace deal, social leaders and their families have "
        "been dragged from their homes and executed, according to the ombudsman's office; the "
        "death toll is put at about 80, though officials admit that many bodies have not been "
        "recovered. Some of these reports are impossible to verify while the fighting goes on. "
        "Families have packed into sports halls in Tibú and Cúcuta, and others have crossed "
        "into Venezuela. President Gustavo Petro has suspended talks with the ELN and declared "
        "a state of internal commotion. He was right to do so. But the crisis exposes the "
        'central flaw of his "total peace": negotiating with every armed group at once, '
        "without conditions on their behaviour, gave them time to arm and expand. A peace "
        "policy that cannot protect the people of Catatumbo is not a policy; it is a hope.",
        "B V D",
        "armed group offensive",
    ),
    (
        "The murder of Fernando Villavicencio is an attack on Ecuador's democracy itself",
        "Fernando Villavicencio had just left a campaign rally at a school in northern Quito "
        "on Wednesday evening when gunmen opened fire as he climbed into his car. The "
        "presidential candidate, a former journalist who had spent years exposing corruption "
        "and who said he had received death threats from a criminal group linked to the "
        "Sinaloa cartel, was shot three times in the head. Nine other people, among them a "
        "candidate for the National Assembly and two police officers, were wounded. One "
        "suspect died in an exchange of fire with the security detail; six Colombians were "
        "arrested within hours. Villavicencio was not the first politician killed this year; "
        "the mayor of Manta was shot dead in July. Ecuador, until recently one of the safest "
        "countries in South America, now has a homicide rate higher than Mexico's, and the "
        "criminal groups that control its prisons and ports have learned that politicians can "
        "be killed with impunity. President Guillermo Lasso has declared a state of emergency. "
        "Emergencies have been declared before. The election on August 20 must go ahead, "
        "because postponing it would hand the killers exactly what they want. But whoever wins "
        "inherits a state that must be rebuilt, starting with its prisons, its courts and its "
        "police.",
        "V",
        "assassination",
    ),
    (
        "Our soldiers are dying in Goma for a mission nobody in Pretoria can explain",
        "Thirteen soldiers serving with the Southern African Development Community mission and "
        "the UN force in eastern Congo have been killed since last week, nine of them South "
        "Africans. They died as M23 rebels, backed by thousands of Rwandan troops according to "
        "UN experts, pushed into Goma, a city of more than a million people on the shore of "
        "Lake Kivu. Mortar rounds have landed in the city's neighbourhoods, the airport is "
        "closed, and hospitals are overflowing with wounded civilians and soldiers alike. "
        "Hundreds of thousands of people who had already fled the fighting around Sake have "
        "been forced to flee again, many of them from camps emptied overnight. There are "
        "reports of bodies lying in the streets and of prisoners escaping from the central "
        "jail. This is the outcome many warned about when South Africa sent troops in 2023 "
        "with too few helicopters, too little intelligence and no clear mandate to fight a "
        "force backed by a neighbouring army. The government owes Parliament and the families "
        "of the dead a full accounting. It also owes the soldiers still in Goma a quick "
        "decision on whether they are there to fight, to negotiate or to come home.",
        "B E D H",
        "rebel offensive",
    ),
    (
        "Letters to the Editor: A night in the bunker in Poonch",
        "Sir, I write from Poonch town, where my family spent Wednesday night in the concrete "
        "bunker my father built after the shelling of 2019. From about two in the morning, "
        "Pakistani artillery shells fell on our mohalla and the lanes around the gurdwara, and "
        "the blasts shook dust from the ceiling for hours. When we came out at dawn, our "
        "neighbour's house had been hit, and his younger brother was among those killed. The "
        "district administration says at least 12 civilians died in Poonch and Rajouri, among "
        "them children. Many families have already left for Jammu in taxis and tractors, and "
        "the schools are shut. Those of us in the border districts support the armed forces, "
        "and we understood why Operation Sindoor was launched after Pahalgam. But those who "
        'speak of a "befitting reply" on television should remember that the reply comes back '
        "to us, on our roofs. We need more bunkers, ambulances and compensation, and we need "
        "the guns to fall silent. Harpreet Kaur, Poonch, Jammu and Kashmir",
        "E D",
        "cross-border shelling",
    ),
    (
        "The emptying of Nagorno-Karabakh is ethnic cleansing in all but name",
        "It took Azerbaijan's army barely 24 hours last week to end three decades of Armenian "
        "self-rule in Nagorno-Karabakh. Artillery and drones hit the positions of the "
        "enclave's outgunned defence forces and villages around Stepanakert, killing about 200 "
        "people on the Armenian side, before the local authorities agreed to disarm. Now the "
        "people are leaving. More than 100,000 Armenians, nearly the entire population, have "
        "driven out along the Lachin road in the past week, queuing for days with their "
        "belongings strapped to car roofs. At least 170 died when a fuel depot exploded as "
        "people lined up for petrol for the journey. Baku insists that Armenians are welcome "
        "to stay as citizens of Azerbaijan. After a nine-month blockade that left the enclave "
        "short of food and medicine, few believed it. Russia, whose peacekeepers were supposed "
        "to guarantee the Lachin corridor, stood aside. Canada has rightly called for "
        "independent monitors. It should also be prepared to impose targeted sanctions, and to "
        "help Armenia cope with a refugee influx equal to one in thirty of its citizens.",
        "M E D",
        "offensive",
    ),
    (
        "Striking the Houthis is necessary. It will not be sufficient",
        "On the night of January 11th American and British warplanes and warships struck more "
        "than 60 targets in Yemen held by the Houthis, the Iranian-backed militia that has "
        "been attacking ships in the Red Sea since November. Radar sites, drone depots and "
        "missile launchers were hit; the Houthis say five of their fighters were killed and "
        "have vowed revenge. The next day they fired an anti-ship missile into the Gulf of "
        "Aden. The strikes were justified. The Houthis have launched dozens of drones and "
        "missiles at merchant vessels, hijacked a car carrier and forced most of the world's "
        "big container lines to divert around the Cape of Good Hope, adding ten days and a "
        "great deal of money to each voyage. Freedom of navigation is a right on which every "
        "trading country depends. Yet air power alone has rarely stopped a determined militia, "
        "and the Houthis survived seven years of Saudi bombing. Their leaders see a "
        "confrontation with America as a recruiting tool. Deterrence will require patience, "
        "more naval escorts, pressure on Iran and, ultimately, an end to the war in Gaza that "
        "the Houthis use as their pretext.",
        "E M",
        "air strikes",
    ),
    (
        "The Guardian view on the Paris attacks: a city wounded, a republic defiant",
        "Paris woke this morning to the worst violence it has seen since the second world war. "
        "Last night, in the space of less than an hour, gunmen and suicide bombers struck "
        "outside the Stade de France, on the terraces of cafes and restaurants in the 10th and "
        "11th arrondissements, and inside the Bataclan concert hall, where the attackers "
        "opened fire on an audience watching a rock band. More than 120 people are dead and "
        "many more are fighting for their lives in hospital. President François Hollande has "
        "declared a state of emergency and tightened the borders; Islamic State has claimed "
        "responsibility. The targets were chosen with care: young people out on a Friday "
        "night, doing the things that free people do. That is precisely why the response must "
        "be measured too. France has every right to pursue those who planned this massacre, "
        "and its allies should stand with it. But the attackers want Europe to turn on its "
        "Muslim citizens and on the refugees fleeing the very war that spawned Islamic State. "
        "Parisians lit candles and opened their doors to strangers last night. Their leaders "
        "should follow that example, not the one the killers hoped to set.",
        "T V E",
        "terrorist attack",
    ),
    (
        "Syria's new rulers face their first test, and they are failing it on the coast",
        "The reports coming out of Syria's coastal provinces since Thursday are harrowing, and "
        "many of them cannot yet be verified. What began as an ambush by gunmen loyal to the "
        "ousted Assad regime on security forces near Jableh has turned into something far "
        "worse. Government reinforcements and allied armed factions poured into Latakia and "
        "Tartus, and monitors say hundreds of Alawite civilians have been killed in their "
        "homes and in the streets of their villages. Videos show men in fatigues executing "
        "people in civilian clothes. Survivors have fled into the mountains, and thousands "
        "have sought shelter at the Russian air base at Hmeimim. Interim President Ahmed "
        "al-Sharaa has called for calm and promised an independent committee to investigate. "
        "That is welcome, but words will not be enough. Sharaa's claim to lead all Syrians, "
        "and the easing of Western sanctions he badly needs, depend on whether he can control "
        "the fighters who brought him to power. Washington and its European allies should make "
        "clear that their support depends on accountability, including for men in uniform.",
        "V B D",
        "massacre",
    ),
    (
        "The catastrophe that struck the south has one name on it: Netanyahu's",
        "The disaster that befell Israel on Saturday, Simchat Torah, is the gravest in the "
        "country's history since the Yom Kippur War. Hundreds of Hamas gunmen broke through "
        "the border fence with Gaza at dawn, overran army posts and stormed kibbutzim and "
        "towns across the western Negev, murdering families in their homes and gunning down "
        "young people at a music festival near Re'im. Hundreds of Israelis are dead; scores, "
        "among them children and the elderly, have been abducted to Gaza. Thousands of rockets "
        "were fired at cities as far as Tel Aviv, and fighting with infiltrators is still "
        "going on in Sderot and several communities. The immediate task is to repel the "
        "attackers and bring the hostages home. But the question of responsibility cannot "
        "wait. The prime minister who promised Israelis security formed a government of "
        "annexationists, moved troops away from the south to guard settlements in the West "
        "Bank, and spent a year tearing the country apart with his judicial overhaul while the "
        "warnings went unheeded. Benjamin Netanyahu cannot evade responsibility for what has "
        "happened.",
        "T V B E",
        "terrorist attack",
    ),
    (
        "Another Friday night on Lido Beach, another massacre. Somalia deserves more than "
        "condolences",
        "Lido Beach is where Mogadishu goes to breathe. On Friday evenings the sand is crowded "
        "with families, students and young couples, and the seafront restaurants are full. "
        "Last Friday, al-Shabaab chose that moment to strike. A suicide bomber detonated his "
        "explosives near the entrance of a beachfront hotel, and gunmen stormed the building "
        "and opened fire on diners and on people strolling along the shore. By the time "
        "security forces ended the siege, at least 32 people were dead and more than 60 "
        "wounded. It was the same beach, and nearly the same method, as an attack a year "
        "earlier. A friend of my cousin, a university student, was among those killed. "
        "Somalia's government says its war on al-Shabaab is being won, and in parts of "
        "Hirshabelle and Galmudug the group has indeed lost territory. But a movement that can "
        "still strike the capital's best-known public space at will is not a defeated one. The "
        "African Union mission is shrinking, funding for its successor is uncertain, and the "
        "partners who built Somalia's security forces are losing interest. Condolences from "
        "abroad, once again, are not a strategy.",
        "T E V",
        "terrorist attack",
    ),
    (
        "Aleppo's agony, and the world's shame",
        "After four years of division and five months of siege, eastern Aleppo is falling. In "
        "the past three weeks Syrian government forces, Iranian-backed militias and Russian "
        "warplanes have crushed rebel-held neighbourhoods that were home to perhaps 250,000 "
        "people. The last hospitals there were bombed out of service weeks ago. Tens of "
        "thousands of civilians have fled across the front lines into government-held areas, "
        'where men of fighting age have been taken away for "questioning"; the UN says it has '
        "credible reports of summary executions. The remaining rebels and their families are "
        "now crammed into a sliver of the old city, waiting for green buses to evacuate them "
        "to Idlib under a deal that has already broken down once. Bashar al-Assad will call "
        "this a victory. It is the victory of a regime that besieged and starved its own "
        "people, with a foreign air force to do its bombing. Western governments, which once "
        "said Mr Assad must go, now say nothing much at all. The lesson that dictators "
        "everywhere will draw is that mass atrocity works if you have the right friends. That "
        "lesson will be expensive to unlearn.",
        "B E V D H",
        "siege",
    ),
]
