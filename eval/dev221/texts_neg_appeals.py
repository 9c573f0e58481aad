"""dev221 negatives, appeals: for past wars and their veterans, disaster appeals, health appeals,
accidents at and around charities, and the peace deals that donors fund."""

NEGATIVES = [
    (
        "Poppy Appeal breaks record in Armistice centenary year",
        "The Royal British Legion's Poppy Appeal raised a record £50.2m this year, as the "
        "centenary of the end of the First World War drew crowds to memorials and volunteers "
        "out on to the streets in greater numbers than ever before. The charity said more than "
        "45,000 volunteer collectors had stood outside stations, supermarkets and schools in the "
        "weeks before Remembrance Sunday. Sales of its limited-edition centenary pin badges "
        "doubled, and a campaign thanking the generation that fought in the trenches was seen "
        "by millions online. “The nation came together to remember, and then it dug deep,” its "
        "director of fundraising said. The money will pay for the Legion's work with serving "
        "and ex-service personnel and their families, from care homes to help with benefits and "
        "debt. A spokesman said demand for its services from veterans of more recent "
        "deployments, including Iraq and Afghanistan, continued to grow. The charity's previous "
        "best year was 2014, the centenary of the start of the war. Collectors in Leeds and "
        "Bristol reported running out of poppies before the two-minute silence.",
        "history",
    ),
    (
        "D-Day veteran, 98, completes 100 laps of care home garden for forces charity",
        "A 98-year-old veteran who landed on Gold Beach in June 1944 has raised more than "
        "£140,000 for a forces charity by walking 100 laps of his care home garden in "
        "Morecambe. Ron Ashworth, who served with the Royal Engineers in Normandy and later in "
        "the Netherlands, set himself the target of £1,000 when he started in March. Staff "
        "filmed him on his frame each afternoon and posted the clips online, and donations "
        "poured in from as far away as Canada and New Zealand. “I did it for the lads who "
        "didn't come back, and for the young ones who need a bit of help now,” he said after "
        "finishing the final lap to applause from residents and a piper. The charity, which "
        "supports veterans of all ages, said the money would fund mental health support and "
        "emergency grants. His daughter said he had talked for the first time about the "
        "beaches, the bombardment and friends he lost during the fighting for Caen. A local "
        "brewery has named a bitter after him. He plans to spend his 99th birthday at the "
        "seaside.",
        "history",
    ),
    (
        "Srebrenica charity seeks funds for schools programme on 25th anniversary",
        "A British charity that teaches the lessons of the Srebrenica genocide is appealing for "
        "£500,000 to double the number of schools it works with, as the 25th anniversary of "
        "the killings approaches. More than 8,000 Bosniak men and boys were murdered by "
        "Bosnian Serb forces in and around the town in July 1995, in the worst atrocity on "
        "European soil since the Second World War. The charity takes teachers, police officers "
        "and faith leaders to the memorial centre at Potočari and organises an annual "
        "memorial week in Britain. Its chief executive said the pandemic had forced it to "
        "cancel visits this year, so it would hold the commemorations online. “Genocide denial "
        "is growing, and the survivors who speak in our classrooms are getting older,” she said. "
        "The anniversary will be marked at the memorial on 11 July, when the remains of nine "
        "victims identified over the past year are to be buried. The appeal has been backed by "
        "several former ambassadors to Bosnia. Donors can also sponsor a mother from the town "
        "to speak at a British school.",
        "history",
    ),
    (
        "Falklands veterans' charity marks 40 years with £400,000 welfare appeal",
        "A charity for veterans of the 1982 Falklands conflict has launched a £400,000 appeal "
        "to mark the 40th anniversary of the war, saying many of those who fought are now "
        "reaching old age with little support. The South Atlantic veterans' group said it "
        "was in touch with more than 3,000 men and women who served in the campaign, from the "
        "Task Force's ships to the battles for Goose Green and Mount Tumbledown. Some still "
        "suffer from post-traumatic stress, the charity said, and others need help with "
        "hearing loss and injuries caused by the freezing conditions. Its chairman, who served "
        "as a paratrooper, said the anniversary was “a chance for the country to say thank you "
        "while we are still here”. A pilgrimage to the islands is planned for June, when "
        "veterans will visit the cemetery at San Carlos and the sites of the battles. A dinner "
        "at the Guildhall in Portsmouth has already sold out. The charity also hopes to fund "
        "a permanent exhibition of veterans' photographs and letters.",
        "history",
    ),
    (
        "Agent Orange charity's Melbourne dinner raises $310,000 for Vietnamese families",
        "An Australian charity that supports Vietnamese families affected by Agent Orange "
        "raised $310,000 at its annual dinner in Melbourne on Saturday, its best result in a "
        "decade. The defoliant was sprayed over large parts of southern Vietnam by US forces "
        "during the Vietnam War, and campaigners say it is linked to disabilities in the "
        "children and grandchildren of people exposed to it. Among the 600 guests were "
        "several Australian veterans of the war, who have their own long-running claims over "
        "exposure. “We fought on different sides, but our families share the same burden,” one "
        "veteran told the room. The money will pay for rehabilitation centres, wheelchairs and "
        "vocational training in Quang Tri and Dong Nai provinces. The charity's founder, who "
        "left Saigon as a child in 1975, said many of the families she works with live in "
        "poverty. A silent auction of paintings by Vietnamese artists raised a further $45,000. "
        "Next year's dinner will be held in Sydney.",
        "history",
    ),
    (
        "Mine clearance charity's appeal marks five years since royal visit to Angolan minefield",
        "A landmine clearance charity has launched a Christmas appeal to clear the last "
        "minefields in an Angolan national park, five years after a royal visit drew attention "
        "to its work there. Angola's civil war ended in 2002, but the charity estimates that "
        "more than 1,000 minefields remain across the country, many of them laid in the 1980s "
        "around towns, bridges and water sources. Its teams of local deminers, more than a "
        "third of them women, have cleared tens of thousands of mines since the end of the "
        "war. The charity said clearing the park would allow conservationists to return "
        "elephants and other wildlife to the area and create jobs in tourism. “Every mine we "
        "lift is one less legacy of a war that ended before most of our deminers were born,” "
        "its chief executive said. The British government has promised to match public "
        "donations up to £2m until the end of February. A supporter has also offered to double "
        "gifts made on Christmas Day.",
        "history",
    ),
    (
        "Turkish community in north London raises £3m for earthquake survivors",
        "Turkish and Kurdish businesses in north London have raised more than £3m for survivors "
        "of the earthquakes in southern Turkey, and a convoy of 40 lorries carrying tents, "
        "blankets and generators left Enfield on Friday. Restaurants on Green Lanes have given "
        "their takings from the past week to the appeal, and volunteers have packed donated "
        "goods around the clock in a warehouse lent by a wholesaler. The two quakes, the first "
        "of them of magnitude 7.8, struck before dawn last Monday and flattened thousands of "
        "buildings in Hatay, Kahramanmaraş, Adıyaman and other provinces. More than 40,000 "
        "people have been confirmed dead, and millions are homeless. “Everyone here has lost "
        "someone,” said the owner of a bakery in Wood Green, whose cousins died in Antakya. The "
        "Disasters Emergency Committee's own appeal has passed £100m. Organisers asked people "
        "to stop bringing clothes, saying they now needed money to buy heaters and hygiene "
        "kits locally. The convoy is expected to reach Adana next week.",
        "disaster",
    ),
    (
        "Bradford mosques lead flood fundraising drive for Pakistan",
        "Mosques and community groups in Bradford have collected more than £1.7m for victims of "
        "the floods in Pakistan, in what organisers described as the city's biggest ever "
        "fundraising effort. Months of heavy monsoon rain have left a third of Pakistan under "
        "water, killed more than 1,500 people and forced millions from their homes, many of "
        "them now living in tents along raised roads. Volunteers have held street collections, "
        "car boot sales and a sponsored walk, and a local radio station ran a 12-hour "
        "radiothon on Sunday. Many Bradford families come from Mirpur and other parts of "
        "Pakistan, and several said relatives had lost crops and livestock. “The need is "
        "enormous, and it will last for years,” said the chairman of the council for mosques. "
        "Charities warned of outbreaks of malaria and diarrhoea in the flooded areas of Sindh "
        "and Balochistan as the water recedes slowly. The money will be distributed through "
        "registered charities working in the worst-hit districts. West Yorkshire Police "
        "reminded donors to check that collectors carried proper identification.",
        "disaster",
    ),
    (
        "Gurkha charity's Nepal quake fund tops £10m as rebuilding begins",
        "A British charity for retired Gurkha soldiers and their communities has raised more "
        "than £10m for its Nepal earthquake appeal, it said on Tuesday, as it began rebuilding "
        "homes in the hill districts where many former soldiers live. The 7.8-magnitude "
        "earthquake in April killed nearly 9,000 people and destroyed or damaged more than "
        "half a million homes. The charity said about 1,000 Gurkha veterans and widows had "
        "lost their homes, and it aims to build earthquake-resistant houses for all of them "
        "before next year's monsoon. Serving Gurkha soldiers flew to Nepal to help clear "
        "rubble and trek relief supplies to remote villages in Gorkha and Sindhupalchok in the "
        "weeks after the quake. “They served Britain, and Britain has repaid them,” the "
        "charity's director said. Donations came from regimental associations, schools and "
        "the public, and a bake sale in Folkestone alone raised £9,000. The charity also plans "
        "to rebuild dozens of schools and health posts.",
        "disaster",
    ),
    (
        "‘An army of volunteers with shovels’: Valencia food banks overwhelmed by flood donations",
        "Food banks in Valencia say they have been overwhelmed by donations a week after flash "
        "floods killed more than 200 people in the region, and have asked the public to give "
        "money instead of goods. Thousands of volunteers have walked across the Pont de la "
        "Solidaritat from the city each morning to help clear mud from homes and shops in "
        "Paiporta, Catarroja and other towns, in what local media have called an army of "
        "volunteers armed with shovels and brooms. The regional food bank said it had received "
        "more than 1,500 tonnes of food, water and clothes, and that its warehouses were full. "
        "“People have been extraordinary, but now we need money to buy what families really "
        "need,” its president said. The Spanish government has deployed thousands of soldiers "
        "to help with the clean-up. Red Cross volunteers are going door to door checking on "
        "elderly residents who have been cut off since the storm. Football clubs across Spain "
        "held minutes of silence at the weekend and collected donations outside their grounds.",
        "disaster",
    ),
    (
        "Moroccan charities and diaspora race to reach quake-hit Atlas villages",
        "Moroccan charities, mountain guides and diaspora groups are racing to reach villages in "
        "the High Atlas that were cut off by Friday night's earthquake, as the death toll passed "
        "2,900. Volunteers have loaded donkeys and pickup trucks with water, flour and tents and "
        "driven along damaged roads towards Al Haouz and Taroudant provinces, where many "
        "villages of mud-brick houses collapsed. Moroccans in France, Belgium and Spain have "
        "raised millions of euros through mosques and online collections in three days. The "
        "government has accepted offers of search teams from only four countries, saying it "
        "wants to avoid a lack of coordination. “We are taking whatever people give us up the "
        "mountain,” said a guide from Imlil who has been driving supplies since Saturday. Many "
        "survivors are sleeping outside for fear of aftershocks. Blood donation centres in "
        "Marrakech reported long queues. Charities warned that temperatures in the mountains "
        "will drop sharply in the coming weeks.",
        "disaster",
    ),
    (
        "Comedian's bushfire fundraiser passes A$50m as firefighting charity debates how to spend it",
        "A fundraiser started on Facebook by an Australian comedian for the firefighters of New "
        "South Wales has passed A$50m, making it the largest in the platform's history, but "
        "questions have been raised over how the money can be spent. The Rural Fire Service "
        "trust that is receiving the donations says its deed allows it to spend funds only on "
        "equipment and training for volunteer brigades, not on victims of the fires. More than "
        "1.2 million people have donated since the appeal began on 3 January, as fires burned "
        "through millions of hectares of bush and destroyed more than 2,000 homes. "
        "The comedian said she had hoped some money would go to families who had lost "
        "everything and to injured wildlife. Lawyers said the trust could seek the permission "
        "of a court to change the terms. Volunteer firefighters, who have been battling blazes "
        "for months, said they welcomed any new equipment. The trust said it would publish a "
        "plan for the money within weeks.",
        "disaster",
    ),
    (
        "Charities launch ‘frontline’ Ebola appeal as Freetown treatment centres fill",
        "Britain's biggest aid charities launched a joint appeal for the Ebola outbreak in West "
        "Africa on Wednesday, saying the fight against the disease was being lost for lack of "
        "beds, staff and money. Treatment centres in Freetown are turning patients away, and "
        "the number of new cases in Sierra Leone has been doubling every few weeks, according "
        "to the World Health Organization. More than 4,000 people have died across Sierra Leone, "
        "Liberia and Guinea. The charities said they were training thousands of community "
        "health workers, burial teams and volunteers on the front line of the outbreak. “This "
        "is a battle that can be won, but only if the world acts now,” said the chief executive "
        "of one of the charities. British Army medics and engineers are building a treatment "
        "centre near Freetown, and the government has promised 700 beds. The appeal will be "
        "broadcast on television and radio on Wednesday evening. Donations will pay for "
        "protective equipment, soap, chlorine and radio messages about safe burials.",
        "health",
    ),
    (
        "Malawi cholera outbreak: church charity sets up soap and water points in Blantyre",
        "A Scottish church charity has raised £180,000 in two weeks for its response to "
        "Malawi's cholera outbreak, the deadliest in the country's history, and begun setting "
        "up hand-washing points at markets and schools in Blantyre. More than 1,000 people "
        "have died since the outbreak began last year, and schools in Blantyre and Lilongwe "
        "were closed for weeks as the disease spread. The charity's partners in Malawi are "
        "chlorinating wells, distributing soap and training volunteers to spot symptoms. The "
        "government has declared a public health emergency and launched a vaccination campaign "
        "with doses from a global stockpile. “The quicker people get rehydration, the more "
        "lives are saved,” a nurse working with the charity said. Congregations in Glasgow and "
        "Edinburgh held special collections on Sunday. Health officials warned that the coming "
        "rainy season could bring a new surge of cases. The Scottish government has also "
        "pledged money.",
        "health",
    ),
    (
        "Children die in crush at Christmas funfair run by charity foundation in Ibadan",
        "At least 35 children died in a crush at a Christmas funfair organised by a charitable "
        "foundation in the Nigerian city of Ibadan on Wednesday, police said. Thousands of "
        "families had arrived before dawn at a school where the foundation had promised food, "
        "gifts and cash to the first 5,000 children. When the gates opened, the crowd surged "
        "forward and children were trampled, witnesses said. Six people were being treated in "
        "hospital. Oyo state police said several organisers had been detained for questioning, "
        "and the state governor ordered an investigation. The disaster came days before two "
        "other deadly crushes at charity food distributions, at a church in Abuja and in "
        "Anambra state, as Nigerians struggle with soaring food prices. “We came only for "
        "rice,” one mother said outside the hospital. Charities and churches across the country "
        "said they would review how they handle crowds at handouts. The foundation said it "
        "was “devastated”.",
        "accident",
    ),
    (
        "Grenfell fund: charities told to speed payouts to survivors",
        "Charities that raised more than £20m after the Grenfell Tower fire were urged on "
        "Monday to pay out faster to survivors and bereaved families, many of whom are still "
        "living in hotels three months on. A report by the Charity Commission found that about "
        "£18m had been distributed so far, and that people had been confused by the number of "
        "funds and the different forms they had to fill in. The fire in the 24-storey block "
        "in north Kensington in June killed 71 people. More than 100 charities, churches and "
        "community groups launched appeals in the days that followed, and the public gave food, "
        "clothes and toys in quantities that overwhelmed volunteers. “The generosity was "
        "extraordinary, but it has to reach the people it was meant for,” the commission's "
        "chair said. The largest fund said it had now made payments to every household from "
        "the tower. Survivors' groups said the money had helped, but that they still wanted "
        "answers about the cladding. An independent review of the distribution is planned.",
        "accident",
    ),
    (
        "Zakat handout ends in deadly stampede outside Karachi factory",
        "At least 12 people, most of them women and children, died in a stampede during a "
        "charity distribution of food and cash outside a factory in Karachi on Friday, police "
        "said. Hundreds of people had gathered at the gate after word spread that the factory "
        "owner was handing out zakat, the alms Muslims give during Ramadan. Witnesses said the "
        "crowd pushed forward when the gate was opened, and several people fell into a drain. "
        "Police said the factory had not informed them of the distribution, and several "
        "managers were detained. The Sindh chief minister ordered an inquiry and announced "
        "compensation for the families. Rising food and fuel prices have driven more people "
        "to charity handouts this Ramadan, and deadly crowds have been reported at free flour "
        "centres in Punjab. “They were poor people who came for a bag of flour,” a rescue "
        "official said. Charity organisations urged donors to give through registered groups "
        "that deliver aid to homes.",
        "accident",
    ),
    (
        "Red Cross flights carry hundreds home as Yemen's parties complete prisoner swap",
        "The International Committee of the Red Cross said on Sunday it had completed the "
        "release and transfer of nearly 900 detainees between Yemen's warring parties, in the "
        "largest exchange since the war began. Aircraft chartered by the ICRC flew between "
        "Sanaa, Aden, Marib and Saudi Arabia over three days, carrying prisoners home under a "
        "deal reached in Switzerland last month. Families gathered on the tarmac in Sanaa, some "
        "weeping as released men stepped off the planes. The ICRC's regional director said the "
        "operation had involved months of work by its staff, including interviews with every "
        "detainee to check that they wanted to go home. “Today many families have been "
        "reunited,” she said. The UN envoy for Yemen said he hoped the exchange would build "
        "confidence in talks on a wider settlement. A truce agreed a year ago has largely "
        "held, though it has formally lapsed. The charity said it was ready to help with further "
        "releases.",
        "peace",
    ),
    (
        "Charity-funded bakeries give former FARC fighters a new trade",
        "A Colombian foundation has opened its third bakery run by former FARC guerrillas and "
        "their neighbours, part of a programme funded by European donors to help those who laid "
        "down their weapons under the 2016 peace agreement. The bakery, in a reincorporation "
        "village in Meta department, employs 14 former fighters and eight local women, and "
        "sells bread and cakes to shops in nearby towns. The foundation has so far helped more "
        "than 400 ex-combatants start cooperatives making coffee, clothes and craft beer. Its "
        "director said giving people a livelihood was the best guarantee that the peace would "
        "last. “Ten years ago I carried a rifle, now I carry trays,” said one baker, who spent "
        "twelve years in the guerrilla. The UN verification mission has said economic projects "
        "remain the weakest part of the reintegration process. The foundation is raising money "
        "for a fourth bakery in Caquetá. A reconciliation concert is planned at the village in "
        "December.",
        "peace",
    ),
    (
        "Donors pledge to rebuild Tigray schools a year after guns fell silent",
        "International donors and Ethiopian diaspora charities pledged $60m on Thursday to "
        "rebuild schools in Tigray, a year after the agreement signed in Pretoria ended two "
        "years of war between the federal government and the region's forces. At a meeting "
        "in Addis Ababa, education officials said more than 80% of schools in the region had "
        "been damaged during the conflict and that hundreds of thousands of children had been "
        "out of class for up to three years. A diaspora charity based in Washington said it "
        "had raised $4m from Tigrayans abroad for textbooks and desks. “The guns have fallen "
        "silent, and now our children must go back to school,” a Tigrayan teacher told the "
        "meeting. The African Union, which brokered the deal, said implementation was "
        "progressing, including the handover of heavy weapons. Schools in Mekelle reopened last "
        "year, but many rural schools still have no roofs or furniture. Donors said they would "
        "review progress in six months.",
        "peace",
    ),
]
